//! `palate`: the same engine as the extension, from the command line.
fn main() {
    println!("palate {}", env!("CARGO_PKG_VERSION"));
}
