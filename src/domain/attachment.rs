//! Rules for attachments: at most three PDF files of at most 10 MiB each, the type read from the
//! content (never from the name), and a file name safe to show and to send back.

use super::message::Message;

/// Most attachments per application.
pub const MAX_ATTACHMENTS: usize = 3;
/// Largest attachment, in bytes (10 MiB).
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;

/// Checks a file about to be attached to an application that has `existing` attachments.
pub fn check_attachment(bytes: &[u8], existing: usize) -> Result<(), Message> {
    if existing >= MAX_ATTACHMENTS {
        return Err(Message::new("attachment-too-many").number("max", MAX_ATTACHMENTS));
    }
    if bytes.is_empty() {
        return Err(Message::new("attachment-empty"));
    }
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        let size = format!("{:.1}", bytes.len() as f64 / (1024.0 * 1024.0));
        return Err(Message::new("attachment-too-large").text("size", size));
    }
    match infer::get(bytes) {
        Some(kind) if kind.mime_type() == "application/pdf" => Ok(()),
        Some(kind) => {
            Err(Message::new("attachment-not-pdf-kind")
                .text("kind", kind.extension().to_uppercase()))
        }
        None => Err(Message::new("attachment-not-pdf")),
    }
}

/// A file name safe to show and to put in a download header: letters, digits, spaces and
/// `-_.()` only, at most 100 characters, ending in `.pdf`.
pub fn safe_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let mut name: String = base
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '(' | ')'))
        .take(100)
        .collect();
    name = name.trim_matches(['.', ' ']).to_owned();
    if name.is_empty() {
        name = "document".to_owned();
    }
    if !name.to_lowercase().ends_with(".pdf") {
        name.push_str(".pdf");
    }
    name
}

/// A file size as people read it: bytes below a kilobyte, then KB and MB with one decimal at most
/// (1 KB = 1,024 bytes), never "0 KB" for a file that has content.
pub fn size_label(bytes: i64) -> String {
    const KB: f64 = 1024.0;
    #[expect(clippy::cast_precision_loss, reason = "a size shown to one decimal")]
    let size = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} bytes")
    } else if size < KB * KB {
        format!("{} KB", crate::domain::text::short_number(size / KB, 1))
    } else {
        format!(
            "{} MB",
            crate::domain::text::short_number(size / (KB * KB), 1)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    fn english(problem: Message) -> String {
        crate::i18n::say(crate::domain::language::Lang::EN, &problem)
    }

    #[test]
    fn a_pdf_is_accepted_by_its_content() {
        assert_eq!(check_attachment(PDF, 0), Ok(()));
    }

    #[test]
    fn a_png_named_pdf_is_refused_by_its_content() {
        let refusal = english(check_attachment(PNG, 0).expect_err("refused"));
        assert!(refusal.contains("PNG"), "{refusal}");
        assert!(check_attachment(b"just some text", 0).is_err());
    }

    #[test]
    fn a_fourth_document_and_one_over_ten_megabytes_are_refused() {
        assert!(english(check_attachment(PDF, 3).expect_err("refused")).contains("at most 3"));
        let mut big = PDF.to_vec();
        big.resize(MAX_ATTACHMENT_BYTES + 1, b' ');
        assert!(english(check_attachment(&big, 0).expect_err("refused")).contains("at most 10 MB"));
        big.truncate(MAX_ATTACHMENT_BYTES);
        assert_eq!(check_attachment(&big, 0), Ok(()));
    }

    #[test]
    fn sizes_read_in_bytes_kilobytes_and_megabytes_never_zero() {
        assert_eq!(size_label(618), "618 bytes");
        assert_eq!(size_label(1024), "1 KB");
        assert_eq!(size_label(1536), "1.5 KB");
        assert_eq!(size_label(10 * 1024 * 1024), "10 MB");
        assert_eq!(size_label(2_621_440), "2.5 MB");
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd.pdf");
        assert_eq!(
            safe_file_name("C:\\Users\\Ana\\Report 2025.PDF"),
            "Report 2025.PDF"
        );
        assert_eq!(safe_file_name("\"evil\"\r\nname.pdf"), "evilname.pdf");
        assert_eq!(safe_file_name(""), "document.pdf");
    }
}
