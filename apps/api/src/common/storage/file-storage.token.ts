/** Injection token for the FileStorage (@repo/file-storage) the configuration chose. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');
