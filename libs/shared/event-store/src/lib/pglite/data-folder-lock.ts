import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Another process keeps the data folder open. */
export class DataFolderInUseError extends Error {
  constructor(folder: string, pid: number) {
    super(`${folder} is in use by another process (pid ${pid}): stop it first, or use another data folder`);
    this.name = 'DataFolderInUseError';
  }
}

/**
 * Claims a PGlite data folder for this process: PGlite is not made for two processes on one folder, which corrupts
 * it. The claim is a `.lock` file holding the pid, taken over when that process no longer exists (a crash).
 */
export function claimDataFolder(folder: string): { release(): void } {
  const file = `${folder}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      return { release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder))
        throw new DataFolderInUseError(folder, holder);
      rmSync(file, { force: true }); // left by a process that ended without releasing it
    }
  }
  throw new Error(`could not claim ${folder}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
