/**
 * How a complaint arrives: spoken (face to face, phone) or written (chat, email). Its own module (no zod),
 * so the library can check a card's channel without loading the schema.
 */
export const SETTINGS = ['face_to_face', 'phone', 'chat', 'email'] as const;
/** The written channels: the trainee writes messages, the reply's delay counts, etiquette is scored. */
export const WRITTEN_SETTINGS = ['chat', 'email'] as const;
