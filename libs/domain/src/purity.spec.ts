import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

// Lints a source text as if it were a file of libs/domain, with the project's own ESLint config.
const lintAsDomain = (source: string): { code: number | null; output: string } => {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', 'libs/domain/src/purity-probe.ts'], {
    cwd: root,
    input: source,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return { code: result.status, output: result.stdout + result.stderr };
};

describe('libs/domain purity is enforced by lint', () => {
  it.each([
    ["import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n", 'no framework'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'does no I/O'],
    ['export const today = (): Date => new Date();\n', 'no clock'],
    ['export const now = (): number => Date.now();\n', 'no clock'],
  ])('should fail the lint when domain code does %#: %s', (source, message) => {
    const { code, output } = lintAsDomain(source);
    expect(code).toBe(1);
    expect(output).toContain(message);
  });

  it('should pass the lint when domain code takes the date as an argument', () => {
    const { code, output } = lintAsDomain("export const year = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCFullYear();\n");
    expect(output).not.toMatch(/error/);
    expect(code).toBe(0);
  });
});
