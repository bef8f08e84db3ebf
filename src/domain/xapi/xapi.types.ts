/**
 * The slice of xAPI 1.0.3 (IEEE 9274.1.1) that Defuse writes. Kept here, not imported from a client
 * library, so the domain stays free of network code; the shapes are structurally what @xapi/xapi sends.
 */

/** Language map: one string per RFC 5646 tag (we write zh-Hant, zh-Hans, en). */
export type LanguageMap = Partial<Record<string, string>>;

/** Who did it: an agent identified by an account on the training system, or by mbox from a launch. */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  account?: { homePage: string; name: string };
  mbox?: string;
}

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'long-fill-in';
  };
}

export interface XapiResult {
  score?: { scaled: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration, e.g. PT4M12.5S. */
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiContext {
  registration?: string;
  language?: string;
  contextActivities?: {
    parent?: XapiActivity[];
    grouping?: XapiActivity[];
    category?: XapiActivity[];
  };
  extensions?: Record<string, unknown>;
}

/** A reference to another statement (xAPI 1.0.3 §2.4.4.3). */
export interface XapiStatementRef {
  objectType: 'StatementRef';
  id: string;
}

export interface XapiStatement {
  /** Deterministic per attempt and position, so a resent statement is the same statement (idempotent). */
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  /** An activity, or (a trainer's override) a reference to the statement it reviews. */
  object: XapiActivity | XapiStatementRef;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
}
