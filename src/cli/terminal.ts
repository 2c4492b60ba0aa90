import { createInterface } from 'readline';

/**
 * The yes/no question before a file is replaced, when a person sits at a terminal (stdin and
 * stdout both a TTY); undefined in a script or a pipe, where nobody can answer.
 */
export function terminalQuestion(): ((question: string) => Promise<boolean>) | undefined {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined;
  return (question) =>
    new Promise((resolve) => {
      const terminal = createInterface({ input: process.stdin, output: process.stdout });
      terminal.question(question, (answer) => {
        terminal.close();
        resolve(isYes(answer));
      });
    });
}

/** "j", "ja", "y", "yes" (any case) mean yes; anything else, an empty answer too, means no. */
export function isYes(answer: string): boolean {
  return /^(j|ja|y|yes)$/i.test(answer.trim());
}
