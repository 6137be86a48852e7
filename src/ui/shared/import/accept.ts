/** Extensions the file pickers offer (anything can still be dropped: the reader decides by content). */
export const ACCEPT = '.docx,.pdf,.txt,.md,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
