// The shipped dataset and the migrations are compiled into the binary
// (include_dir!, sqlx::migrate!); rebuild when either changes.
fn main() {
    println!("cargo:rerun-if-changed=../data");
    println!("cargo:rerun-if-changed=../migrations");
}
