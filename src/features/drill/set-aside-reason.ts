// Why a drill in progress was set aside, when it is not its schema's own message: a code stored with the record and
// said in the UI language by the drill page (SetAsideNotice.tsx); a schema's refusal is kept as the technical detail.
export const UNRESTORABLE = 'snapshot-unrestorable';
