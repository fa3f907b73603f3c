/** Colour for stylish output: --color/--no-color, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
export function useColor(
  flag: boolean | undefined,
  toFile: boolean,
  env: NodeJS.ProcessEnv = process.env,
  isTTY = Boolean(process.stdout.isTTY),
): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
