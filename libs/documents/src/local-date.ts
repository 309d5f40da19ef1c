// YYYY-MM-DD, the same shape as LocalDate in @casework/domain (kept local: the lib needs no runtime or lint link to domain for one alias).
export type LocalDate = string;
