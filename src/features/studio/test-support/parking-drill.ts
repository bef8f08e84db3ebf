/** Good handling of the wizard's parking scenario (the unit test of the draft and the browser author test play it). */
export const GOOD_PARKING_REPLIES: readonly string[] = [
  "Hello, I'm Lee from the management office. Mrs Wong, I'm very sorry, I can see why you're upset.",
  'Take your time, I am listening. What happened?',
  'What time did you find it this morning?',
  'What did the guard tell you?',
  "So the guard said our office approved it, and you found the van there at eight. I'm sorry.",
  "I'll have the van moved within the hour today, and I'll handle this myself from start to finish.",
  "I'll call you this afternoon to confirm it's done. Thank you for your patience.",
];
