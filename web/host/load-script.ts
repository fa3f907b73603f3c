// A classic script from the page's own folder, loaded once. Works from file:// too, where
// fetch() and module scripts are refused.
const loading = new Map<string, Promise<void>>();

export function loadScript(file: string): Promise<void> {
  let p = loading.get(file);
  if (!p) {
    p = new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = file;
      s.onload = () => resolve();
      s.onerror = () => {
        loading.delete(file);
        reject(new Error(`could not load ${file}`));
      };
      document.head.append(s);
    });
    loading.set(file, p);
  }
  return p;
}
