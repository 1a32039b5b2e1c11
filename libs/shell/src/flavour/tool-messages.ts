/** Whose tools print the messages: busybox applets or GNU coreutils (their wording differs). */
export type ToolFlavour = 'busybox' | 'gnu';

/** Error lines of the file tools, worded per flavour. `reason` is strerror's text. */
export interface ToolMessages {
  cantOpen: (tool: string, path: string, reason: string) => string;
  cantAccess: (tool: string, path: string, reason: string) => string;
  cantRemove: (path: string, reason: string) => string;
  isDirectory: (tool: string, path: string) => string;
  cantCreateDir: (path: string, reason: string) => string;
  cantTouch: (path: string, reason: string) => string;
  cantStat: (tool: string, path: string, reason: string) => string;
  /** Exit status of ls when a path is missing (busybox 1, GNU 2). */
  lsMissingStatus: number;
}

const BUSYBOX: ToolMessages = {
  cantOpen: (tool, path, reason) => `${tool}: can't open '${path}': ${reason}`,
  cantAccess: (tool, path, reason) => `${tool}: ${path}: ${reason}`,
  cantRemove: (path, reason) => `rm: can't remove '${path}': ${reason}`,
  isDirectory: (tool, path) => (tool === 'rm' ? `rm: '${path}' is a directory` : `${tool}: read error: Is a directory`),
  cantCreateDir: (path, reason) => `mkdir: can't create directory '${path}': ${reason}`,
  cantTouch: (path, reason) => `touch: ${path}: ${reason}`,
  cantStat: (tool, path, reason) => `${tool}: can't stat '${path}': ${reason}`,
  lsMissingStatus: 1,
};

const GNU: ToolMessages = {
  cantOpen: (tool, path, reason) =>
    tool === 'cat' || tool === 'grep'
      ? `${tool}: ${path}: ${reason}`
      : `${tool}: cannot open '${path}' for reading: ${reason}`,
  cantAccess: (tool, path, reason) => `${tool}: cannot access '${path}': ${reason}`,
  cantRemove: (path, reason) => `rm: cannot remove '${path}': ${reason}`,
  isDirectory: (tool, path) =>
    tool === 'rm' ? `rm: cannot remove '${path}': Is a directory` : `${tool}: ${path}: Is a directory`,
  cantCreateDir: (path, reason) => `mkdir: cannot create directory '${path}': ${reason}`,
  cantTouch: (path, reason) => `touch: cannot touch '${path}': ${reason}`,
  cantStat: (tool, path, reason) => `${tool}: cannot stat '${path}': ${reason}`,
  lsMissingStatus: 2,
};

export const TOOL_MESSAGES: Readonly<Record<ToolFlavour, ToolMessages>> = { busybox: BUSYBOX, gnu: GNU };
