//! Queries a researcher would ask of the shipped dataset.
