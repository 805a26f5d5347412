//! A real SMTP server for the tests: aiosmtpd (a maintained SMTP server from PyPI), started per
//! test on a free loopback port, keeping what it receives in a Maildir that the test reads and
//! parses (mail-parser). `pip install aiosmtpd` provides it; `.ci/run` installs it.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use laurel::mail::{MailSetup, Round, deliver_due};
use mail_parser::MessageParser;

use crate::helpers::TestApp;

/// A running aiosmtpd; stopped when dropped.
pub struct SmtpServer {
    child: Child,
    port: u16,
    maildir: tempfile::TempDir,
}

/// A message as received.
#[derive(Clone, Debug)]
pub struct Received {
    /// The envelope recipients.
    pub to: String,
    /// The decoded subject.
    pub subject: String,
    /// The decoded plain-text part.
    pub text: String,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl SmtpServer {
    /// A server that accepts every message.
    pub async fn start() -> SmtpServer {
        Self::spawn(&[]).await
    }

    /// A server that refuses every message (552: its size limit is one byte).
    pub async fn refusing() -> SmtpServer {
        Self::spawn(&["--size", "1"]).await
    }

    async fn spawn(options: &[&str]) -> SmtpServer {
        let maildir = tempfile::tempdir().unwrap();
        let port = free_port();
        let listen = format!("127.0.0.1:{port}");
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &listen])
            .args(options)
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("mail"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 to start aiosmtpd");
        let mut server = SmtpServer {
            child,
            port,
            maildir,
        };
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = server.child.try_wait().unwrap() {
                let mut problem = String::new();
                if let Some(mut stderr) = server.child.stderr.take() {
                    std::io::Read::read_to_string(&mut stderr, &mut problem).unwrap();
                }
                panic!(
                    "aiosmtpd stopped ({status}); is it installed (pip install aiosmtpd)? {problem}"
                );
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "aiosmtpd did not start"
            );
            rocket::tokio::time::sleep(Duration::from_millis(50)).await;
        }
        server
    }

    fn files(&self) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(self.maildir.path().join("mail").join("new")) else {
            return Vec::new();
        };
        let mut files: Vec<_> = entries
            .map(|entry| {
                let path = entry.unwrap().path();
                (std::fs::metadata(&path).unwrap().modified().unwrap(), path)
            })
            .collect();
        files.sort();
        files.into_iter().map(|(_, path)| path).collect()
    }

    /// Every message received so far, oldest first.
    pub fn received(&self) -> Vec<Received> {
        self.files()
            .iter()
            .map(|path| {
                let bytes = std::fs::read(path).unwrap();
                let message = MessageParser::default().parse(&bytes).unwrap();
                Received {
                    to: message
                        .header_raw("X-RcptTo")
                        .unwrap_or_default()
                        .trim()
                        .to_owned(),
                    subject: message.subject().unwrap_or_default().to_owned(),
                    text: message.body_text(0).unwrap_or_default().into_owned(),
                }
            })
            .collect()
    }

    /// The messages received to `address`, oldest first.
    pub fn received_by(&self, address: &str) -> Vec<Received> {
        self.received()
            .into_iter()
            .filter(|m| m.to.split(',').any(|to| to.trim() == address))
            .collect()
    }

    /// A figment setting for an app that sends through this server (no background sender: the
    /// test delivers with [`deliver`]).
    pub fn configure(&self, figment: rocket::figment::Figment) -> rocket::figment::Figment {
        figment
            .merge(("mail_smtp_url", format!("smtp://127.0.0.1:{}", self.port)))
            .merge(("mail_from", "Laurel <awards@example.org>"))
            .merge(("public_url", "https://awards.example.org/"))
            .merge(("mail_poll_seconds", 0))
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends every due message of the outbox once.
pub async fn deliver(app: &TestApp) -> Round {
    let setup = app.client.rocket().state::<MailSetup>().unwrap();
    deliver_due(app.db(), setup.mailer.as_ref().unwrap(), app.clock().now())
        .await
        .unwrap()
}

/// The first link in `text` that starts with `prefix`.
pub fn link_in(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} in {text}"));
    text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect()
}
