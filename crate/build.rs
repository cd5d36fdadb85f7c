//! Digest the core's Rust sources into `PALATE_SOURCE_DIGEST`, which names the build
//! of the built-in extractor ([`palate::extract::BUILD`]). Any change to the sources
//! gives another digest, so turns an older build read are read again after an update;
//! a change that reads nothing differently costs one pass over the log and no rebuild.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, in a fixed order.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    let mut paths = Vec::new();
    sources(Path::new("src"), &mut paths);
    // FNV-1a over each file's path and bytes: stable across platforms and toolchains.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in &paths {
        let name = path.to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for b in name.bytes().chain([0]).chain(bytes).chain([0]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=PALATE_SOURCE_DIGEST={hash:016x}");
}
