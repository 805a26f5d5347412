//! The jury of an edition for the secretariat: its members, and inviting new ones (a juror
//! account with a one-time link that expires, shown here to pass on). Removing a member is in
//! `jury_removal`.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::{FromForm, State, get, post};

use crate::app::jury;
use crate::clock::Clock;
use crate::db;
use crate::db::jury::NewMember;
use crate::db::outbox::Delivery;
use crate::domain::edition::{Edition, LANGUAGES};
use crate::domain::jury::JuryRole;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::mail::MailSetup;
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// A member as shown.
pub struct MemberRow {
    user_id: i32,
    name: String,
    email: String,
    role: String,
    affiliation: String,
    country: String,
    languages: String,
    ready: bool,
    email_status: Option<(&'static str, String)>,
}

/// The invitation just created, shown once.
pub struct InvitationShown {
    name: String,
    link: String,
    expires: String,
    emailed_to: Option<String>,
}

/// How the latest invitation email to a member stands: (status class, text).
fn email_status(delivery: &Delivery, nav: &Nav) -> (&'static str, String) {
    match delivery {
        Delivery::Sent(at) => (
            "pass",
            nav.t_with(
                "jury-page-email-sent",
                "time",
                nav.when(*at, &nav.time_zone),
            ),
        ),
        Delivery::Queued { attempts: 0, .. } => ("needs_review", nav.t("jury-page-email-queued")),
        Delivery::Queued {
            attempts,
            last_error,
        } => (
            "needs_review",
            nav.t2(
                "jury-page-email-retrying",
                "count",
                attempts,
                "problem",
                last_error
                    .clone()
                    .unwrap_or_else(|| nav.t("jury-page-no-answer")),
            ),
        ),
        Delivery::Failed(error) => (
            "fail",
            nav.t_with("jury-page-email-failed", "problem", error),
        ),
    }
}

/// The invitation form as typed.
#[derive(Clone, Debug, Default, FromForm)]
pub struct InviteForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    name: String,
    #[field(default = String::new())]
    email: String,
    #[field(default = String::new())]
    jury_role: String,
    #[field(default = String::new())]
    affiliation: String,
    #[field(default = String::new())]
    country: String,
    #[field(default = Vec::new())]
    languages: Vec<String>,
}

impl CsrfProtected for InviteForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// The jury page.
#[derive(Template)]
#[template(path = "secretariat/jury.html", config = "src/web/askama.toml")]
pub struct JuryTemplate {
    nav: Nav,
    edition: Edition,
    members: Vec<MemberRow>,
    form: InviteForm,
    errors: BTreeMap<String, String>,
    link: Option<InvitationShown>,
    mail_enabled: bool,
    roles: Vec<(&'static str, String)>,
    countries: Vec<(String, String)>,
    languages: Vec<(&'static str, String)>,
}

async fn page(
    db: &Db,
    id: i32,
    nav: Nav,
    form: InviteForm,
    errors: BTreeMap<String, String>,
    link: Option<InvitationShown>,
    mail: &MailSetup,
) -> AppResult<JuryTemplate> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let members = db::jury::members(db.inner(), id).await?;
    let emails: Vec<String> = members.iter().map(|m| m.email.clone()).collect();
    let deliveries = db::outbox::latest_deliveries(db.inner(), "invitation", &emails).await?;
    let members = members
        .into_iter()
        .map(|m| MemberRow {
            role: nav.jury_role(&m.jury_role),
            country: nav.country(&m.country),
            languages: m
                .languages
                .iter()
                .map(|l| nav.language_name(l))
                .collect::<Vec<_>>()
                .join(", "),
            email_status: deliveries
                .get(&m.email)
                .filter(|_| !m.ready)
                .map(|d| email_status(d, &nav)),
            user_id: m.user_id,
            name: m.name,
            email: m.email,
            affiliation: m.affiliation,
            ready: m.ready,
        })
        .collect();
    let roles = JuryRole::ALL
        .iter()
        .map(|r| (r.as_str(), nav.jury_role(r)))
        .collect();
    let languages = LANGUAGES
        .iter()
        .map(|(code, _)| (*code, nav.language_name(code)))
        .collect();
    Ok(JuryTemplate {
        countries: crate::i18n::countries_in(nav.lang),
        nav,
        edition,
        members,
        form,
        errors,
        link,
        mail_enabled: mail.enabled(),
        roles,
        languages,
    })
}

/// Lists the jury with the invitation form.
#[get("/secretariat/editions/<id>/jury")]
pub async fn show_jury(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
    mail: &State<MailSetup>,
) -> AppResult<Page<JuryTemplate>> {
    let form = InviteForm {
        jury_role: "member".to_owned(),
        languages: vec!["en".to_owned()],
        ..InviteForm::default()
    };
    Ok(Page::ok(
        page(db, id, nav, form, BTreeMap::new(), None, mail).await?,
    ))
}

fn validate(form: &InviteForm) -> Result<NewMember, BTreeMap<String, Message>> {
    jury::check_member(&jury::MemberTyped {
        name: form.name.clone(),
        email: form.email.clone(),
        jury_role: form.jury_role.clone(),
        affiliation: form.affiliation.clone(),
        country: form.country.clone(),
        languages: form.languages.clone(),
    })
}

/// Adds a juror to the jury; a new person gets an account and an invitation link to pass on.
#[post("/secretariat/editions/<id>/jury", data = "<form>")]
pub async fn invite_juror(
    id: i32,
    form: CsrfForm<InviteForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
    mail: &State<MailSetup>,
) -> AppResult<(Status, Page<JuryTemplate>)> {
    let form = form.into_inner();
    let added = match validate(&form) {
        Ok(new) => jury::add_member(db.inner(), id, &new, mail, me.0.id, clock.now()).await,
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    let (status, errors, shown, kept) = match added {
        Ok(invited) => {
            let shown = invited.map(|i| InvitationShown {
                name: i.name,
                link: i.link,
                expires: nav.when(i.expires, &nav.time_zone),
                emailed_to: i.emailed_to,
            });
            let blank = InviteForm {
                jury_role: "member".to_owned(),
                languages: vec!["en".to_owned()],
                ..InviteForm::default()
            };
            (Status::Ok, BTreeMap::new(), shown, blank)
        }
        Err(AppError::Invalid(errors)) => {
            let errors = crate::error::said(nav.lang, &errors);
            (Status::UnprocessableEntity, errors, None, form)
        }
        Err(error) => return Err(error),
    };
    let template = page(db, id, nav, kept, errors, shown, mail).await?;
    Ok((status, Page::with_status(status, template)))
}
