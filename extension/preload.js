/**
 * Reading every memory record is the largest part of a cold start, and IndexedDB can
 * do it while the Wasm compiles. The rows go to `Palate.open` as `{version, memories}`;
 * the core uses them only if they were read at its own schema version before any
 * migration, and otherwise reads them itself, so this is never a source of truth.
 */

/** The schema version whose records the core takes (`wasm::idb::SCHEMA_VERSION`). */
const SCHEMA_VERSION = 2;

/**
 * Every record of `name`'s `memories` store, or undefined when the database is not
 * there yet, is at another version, or anything fails: never creates or upgrades it.
 * @param {string} name
 * @returns {Promise<{version: number, memories: unknown[]} | undefined>}
 */
export function preloadMemories(name) {
  return new Promise((resolve) => {
    let open;
    try {
      open = indexedDB.open(name, SCHEMA_VERSION);
    } catch {
      return resolve(undefined);
    }
    // A database to create or upgrade is the core's to open: abort, change nothing.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = (e) => { e.preventDefault(); resolve(undefined); };
    open.onblocked = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const all = db.transaction('memories').objectStore('memories').getAll();
        all.onsuccess = () => { db.close(); resolve({ version: db.version, memories: all.result }); };
        all.onerror = () => { db.close(); resolve(undefined); };
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}
