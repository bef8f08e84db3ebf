/** A scenario a trainer can assign, as the app lists it (shipped, the organisation's, published here). */
export interface PlanScenario {
  id: string;
  /** In the UI language. */
  title: string;
}
