//! An edition's Mail page: which notifications the edition sends (each can be switched off), and
//! every message of the edition with where it stands (queued, sent, retrying, failed), with a
//! button to try a failed one again.

use askama::Template;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::clock::Clock;
use crate::db;
use crate::db::outbox::Delivery;
use crate::domain::notification::Notification;
use crate::error::{AppError, AppResult};
use crate::i18n::msg;
use crate::mail::MailSetup;
use crate::web::auth::ButtonForm;
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// One notification and whether the edition sends it.
pub struct SettingRow {
    kind: &'static str,
    label: &'static str,
    hint: &'static str,
    on: bool,
}

/// One message as the page lists it.
pub struct MessageRow {
    kind: String,
    recipient: String,
    subject: String,
    queued: String,
    state: String,
    state_class: &'static str,
    retry_url: Option<String>,
}

/// The Mail page.
#[derive(Template)]
#[template(path = "secretariat/mail.html", config = "src/web/askama.toml")]
pub struct MailTemplate {
    nav: Nav,
    edition_id: i32,
    edition_name: String,
    mail_enabled: bool,
    settings: Vec<SettingRow>,
    messages: Vec<MessageRow>,
}

fn label(notification: Notification) -> (&'static str, &'static str) {
    match notification {
        Notification::ApplicationSubmitted => {
            (msg("mail-kind-submitted"), msg("mail-hint-submitted"))
        }
        Notification::ApplicationWithdrawn => {
            (msg("mail-kind-withdrawn"), msg("mail-hint-withdrawn"))
        }
        Notification::DeadlineReminder => (msg("mail-kind-reminder"), msg("mail-hint-reminder")),
    }
}

fn kind_label(kind: &str, nav: &Nav) -> String {
    match Notification::of_kind(kind) {
        Some(n) => nav.t(label(n).0),
        None => match kind {
            "invitation" => nav.t("mail-kind-invitation"),
            other => other.to_owned(),
        },
    }
}

/// Shows the page.
#[get("/secretariat/editions/<id>/mail")]
pub async fn show_mail(
    id: i32,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    mail: &State<MailSetup>,
) -> AppResult<Page<MailTemplate>> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let settings = db::mail_settings::of_edition(db.inner(), id)
        .await?
        .into_iter()
        .map(|(n, on)| {
            let (label, hint) = label(n);
            SettingRow {
                kind: n.kind(),
                label,
                hint,
                on,
            }
        })
        .collect();
    let zone = me.0.time_zone.clone();
    let messages = db::outbox::of_edition(db.inner(), id)
        .await?
        .into_iter()
        .map(|m| {
            let (state, state_class, retry) = match &m.delivery {
                Delivery::Sent(at) => (
                    nav.t_with("mail-state-sent", "time", nav.when(*at, &zone)),
                    "status-sent",
                    false,
                ),
                Delivery::Queued {
                    last_error: None, ..
                } => (nav.t("mail-state-queued"), "status-queued", false),
                Delivery::Queued {
                    attempts,
                    last_error: Some(problem),
                } => {
                    let said = crate::domain::message::Message::new("mail-state-retrying")
                        .number("count", *attempts)
                        .text("problem", problem);
                    (nav.say(&said), "status-retrying", false)
                }
                Delivery::Failed(problem) => (
                    nav.t_with("mail-state-failed", "problem", problem),
                    "status-failed",
                    true,
                ),
            };
            MessageRow {
                kind: kind_label(&m.kind, &nav),
                recipient: m.recipient,
                subject: m.subject,
                queued: nav.when(m.created_at, &zone),
                state,
                state_class,
                retry_url: retry.then(|| uri!(retry_message(id, m.id)).to_string()),
            }
        })
        .collect();
    Ok(Page::ok(MailTemplate {
        edition_name: edition.name_in(nav.lang.code()).to_owned(),
        nav,
        edition_id: id,
        mail_enabled: mail.enabled(),
        settings,
        messages,
    }))
}

/// The switches: the kinds of the notifications to send.
#[derive(FromForm)]
pub struct SettingsForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = Vec::new())]
    send: Vec<String>,
    #[field(default = Vec::new())]
    shown: Vec<String>,
}

impl CsrfProtected for SettingsForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Records which notifications the edition sends: of the kinds the form showed, one not ticked is
/// switched off (a kind the form did not show, from a page older than it, stays as it is).
#[post("/secretariat/editions/<id>/mail/settings", data = "<form>")]
pub async fn save_settings(
    id: i32,
    form: CsrfForm<SettingsForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let settings: Vec<_> = Notification::ALL
        .into_iter()
        .filter(|n| form.shown.iter().any(|kind| kind == n.kind()))
        .map(|n| (n, form.send.iter().any(|kind| kind == n.kind())))
        .collect();
    db::mail_settings::save(db.inner(), id, &settings, me.0.id, clock.now()).await?;
    Ok(Flash::success(
        Redirect::to(uri!(show_mail(id))),
        nav.t("mail-settings-saved"),
    ))
}

/// Tries a failed message again at once (the background sender picks it up).
#[post("/secretariat/editions/<id>/mail/<mid>/retry", data = "<form>")]
pub async fn retry_message(
    id: i32,
    mid: i32,
    form: CsrfForm<ButtonForm>,
    _me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    let back = Redirect::to(uri!(show_mail(id)));
    if db::outbox::retry(db.inner(), id, mid, clock.now()).await? {
        Ok(Flash::success(back, nav.t("mail-retry-planned")))
    } else {
        Ok(Flash::error(back, nav.t("mail-retry-nothing")))
    }
}
