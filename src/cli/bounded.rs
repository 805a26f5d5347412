//! Bounds on the CSV files the command line reads: a record may hold at most
//! [`MAX_RECORD_BYTES`] and a cell that is read at most [`MAX_CELL_BYTES`], so that a file of one
//! enormous line is refused after reading about a mebibyte instead of being held in memory.
//!
//! The `csv` crate reads incrementally but grows a record's buffer without limit. [`Bounded`]
//! sits between the file and the CSV reader and stops handing out bytes once the record being
//! read has passed the limit; the reader tells it where each record starts ([`RecordStart`]).

use std::io::{self, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The largest record read: above any row Laurel itself exports (a scorecard comment is bounded
/// by the 1 MiB web form limit), and far above any row of scores.
pub const MAX_RECORD_BYTES: u64 = 1024 * 1024;

/// The largest cell read in a column that is used (ids, scores, criteria, weights).
pub const MAX_CELL_BYTES: usize = 1024;

/// The CSV reader's own buffer: bytes it may hold beyond the record it is parsing.
pub const CSV_BUFFER_BYTES: usize = 8 * 1024;

/// Where the record being read starts, as a byte offset of the CSV reader; shared between the
/// reader's loop, which moves it after each record, and [`Bounded`], which checks it.
#[derive(Clone, Debug, Default)]
pub struct RecordStart(Arc<AtomicU64>);

impl RecordStart {
    /// Records that the next record starts at byte `offset`.
    pub fn set(&self, offset: u64) {
        self.0.store(offset, Ordering::Relaxed);
    }

    fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// The error a [`Bounded`] reader gives once a record is longer than [`MAX_RECORD_BYTES`].
#[derive(Debug, thiserror::Error)]
#[error("a record is longer than {} KiB", MAX_RECORD_BYTES / 1024)]
pub struct RecordTooLong;

impl RecordTooLong {
    /// Whether a CSV error is this one.
    pub fn is_cause_of(error: &csv::Error) -> bool {
        match error.kind() {
            csv::ErrorKind::Io(io) => io.get_ref().is_some_and(|e| e.is::<Self>()),
            _ => false,
        }
    }
}

/// A reader that refuses to hand out more than [`MAX_RECORD_BYTES`] (plus the CSV reader's
/// buffer) past the start of the record being read: a refused record is longer than the
/// limit, and a record up to a buffer longer may still pass.
pub struct Bounded<R> {
    inner: R,
    handed: u64,
    start: RecordStart,
}

impl<R: Read> Bounded<R> {
    /// Wraps `inner`; `start` must be moved by the caller after each record.
    pub fn new(inner: R, start: RecordStart) -> Self {
        Self {
            inner,
            handed: 0,
            start,
        }
    }
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // The CSV reader holds at most its buffer unparsed, so once this many bytes are out the
        // record in progress has more than MAX_RECORD_BYTES.
        let allowed = self.start.get() + MAX_RECORD_BYTES + CSV_BUFFER_BYTES as u64 + 1;
        let room = allowed.saturating_sub(self.handed);
        if room == 0 {
            return Err(io::Error::new(io::ErrorKind::InvalidData, RecordTooLong));
        }
        let take = buf.len().min(usize::try_from(room).unwrap_or(usize::MAX));
        let n = self.inner.read(buf.get_mut(..take).unwrap_or_default())?;
        self.handed += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(text: &[u8]) -> Result<Vec<(u64, usize)>, (u64, bool)> {
        let start = RecordStart::default();
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(CSV_BUFFER_BYTES)
            .from_reader(Bounded::new(text, start.clone()));
        let mut record = csv::ByteRecord::new();
        let mut out = Vec::new();
        loop {
            let line = csv.position().line();
            match csv.read_byte_record(&mut record) {
                Ok(true) => out.push((line, record.as_slice().len())),
                Ok(false) => return Ok(out),
                Err(e) => return Err((line, RecordTooLong::is_cause_of(&e))),
            }
            start.set(csv.position().byte());
        }
    }

    #[test]
    fn records_up_to_the_limit_are_read_one_after_the_other() {
        let cell = "x".repeat(usize::try_from(MAX_RECORD_BYTES).unwrap_or(0) - 10);
        let text = format!("a,b\n{cell}\n{cell}\nc\n");
        let lengths: Vec<usize> = read_all(text.as_bytes())
            .expect("every record fits")
            .into_iter()
            .map(|(_, len)| len)
            .collect();
        assert_eq!(lengths, [2, cell.len(), cell.len(), 1]);
    }

    #[test]
    fn a_record_over_the_limit_stops_the_reader_with_its_line() {
        let cell = "x".repeat(usize::try_from(MAX_RECORD_BYTES).unwrap_or(0) * 3);
        let text = format!("a,b\nc,d\n{cell}\ne\n");
        assert_eq!(read_all(text.as_bytes()), Err((3, true)));
    }

    #[test]
    fn a_first_line_over_the_limit_is_line_one() {
        let text =
            "y".repeat(usize::try_from(MAX_RECORD_BYTES).unwrap_or(0) + CSV_BUFFER_BYTES + 2);
        assert_eq!(read_all(text.as_bytes()), Err((1, true)));
    }
}
