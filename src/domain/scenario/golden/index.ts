// Every shipped scenario's golden transcripts, in the deck's order then the others: one list for the golden
// test and the realism report.
import { golden as angryResident } from './angry-resident.golden.ts';
import { golden as brokenPromise } from './broken-promise.golden.ts';
import type { GoldenSet } from './golden.types.ts';
import { golden as phoneLostWarranty } from './phone-lost-warranty.golden.ts';
import { golden as shopFloorOutburst } from './shop-floor-outburst.golden.ts';
import { golden as waterPumpRunaround } from './water-pump-runaround.golden.ts';
import { golden as stairwellPram } from './stairwell-pram.golden.ts';
import { golden as restaurantPublicReview } from './restaurant-public-review.golden.ts';
import { golden as airportBusRefund } from './airport-bus-refund.golden.ts';
import { golden as broadbandCancelEscape } from './broadband-cancel-escape.golden.ts';
import { golden as lobbySuggestion } from './lobby-suggestion.golden.ts';
import { golden as clinicReceptionWait } from './clinic-reception-wait.golden.ts';
import { golden as chatLateBirthdayCake } from './chat-late-birthday-cake.golden.ts';
import { golden as liftOutageEmail } from './lift-outage-email.golden.ts';

export const GOLDEN_SETS: readonly GoldenSet[] = [
  angryResident, brokenPromise, waterPumpRunaround, shopFloorOutburst, phoneLostWarranty,
  stairwellPram, restaurantPublicReview, airportBusRefund, broadbandCancelEscape, lobbySuggestion,
  clinicReceptionWait,
  chatLateBirthdayCake,
  liftOutageEmail,
];
