//! The OpenAPI 3.1 description of the API, generated from the handlers' annotations, served as
//! JSON and as a readable reference page (server-rendered, no JavaScript).

use askama::Template;
use rocket::get;
use rocket::http::ContentType;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use serde_json::Value;

use super::{
    accounts, applicant, assigned, attachments, calls, conflicts, consensus, decisions,
    declarations, editions, evaluation, exports, feedback, imports, juror, jury_removal, phases,
    respond, results, rounds, rubrics, secretariat, submission, winners,
};
use crate::web::errors::ErrorBody;
use crate::web::pages::{Nav, Page};

/// Adds the bearer-token scheme.
struct TokenScheme;

impl Modify for TokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The API's description.
#[derive(OpenApi)]
#[openapi(
    info(title = "Laurel API", version = "1",
         description = "Laurel's JSON API. Authenticate with a personal token from your account page: `Authorization: Bearer laurel_…`. Lists are paginated with `cursor`/`limit`; writes need `If-Match` with the `ETag` you read. Errors are `{\"code\", \"message\", \"field\"?}` with stable snake_case codes."),
    paths(super::me, winners::list_winners, accounts::list_accounts, accounts::create_account, accounts::deactivate_account, accounts::reactivate_account, accounts::reset_password, calls::list_calls, calls::start_application, applicant::list_applications, applicant::show_application, feedback::show_feedback,
          applicant::submit_application, applicant::withdraw_application, applicant::save_section, attachments::list_attachments, attachments::add_attachment, attachments::download_attachment, attachments::remove_attachment, juror::list_assignments, juror::show_scorecard, assigned::show_application, assigned::download_document,
          juror::save_scorecard, conflicts::list_conflicts, conflicts::declare_conflict, conflicts::request_review, consensus::show_consensus, consensus::record_consensus, declarations::list_declarations, declarations::decide, declarations::decide_review, secretariat::list_editions, editions::show_edition, editions::create_edition, editions::update_edition, editions::list_rubrics, rubrics::show_rubric, rubrics::add_rubric, rubrics::replace_rubric, phases::change_status, phases::back_to_evaluation, rounds::list_rounds, rounds::replace_rounds, rounds::show_shortlist, rounds::record_shortlist, rounds::confirm_shortlist, secretariat::show_ranking, results::record_method, secretariat::list_submissions, imports::import_submissions, secretariat::decide_eligibility, submission::show_submission, submission::download_document, submission::show_scorecard, exports::export, evaluation::list_jury, evaluation::add_member, jury_removal::remove_member, evaluation::list_assignments, evaluation::assign_automatically, evaluation::assign_by_hand, evaluation::remove_assignment, evaluation::reopen_scorecard, evaluation::show_progress, decisions::list_decisions, decisions::record_decision, decisions::confirm_decisions, decisions::remove_decision, decisions::list_consensus),
    components(schemas(ErrorBody, respond::StaleBody<juror::ScorecardBody>,
                       respond::StaleBody<applicant::ApplicationBody>,
                       respond::StaleBody<consensus::ConsensusBody>,
                       respond::StaleBody<editions::SettingsBody>,
                       respond::StaleBody<rubrics::RubricBody>)),
    modifiers(&TokenScheme)
)]
pub struct ApiDoc;

/// The description as pretty JSON.
pub fn json() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The OpenAPI document.
#[get("/api/v1/openapi.json")]
pub fn document() -> (ContentType, String) {
    (ContentType::JSON, json())
}

/// One operation on the reference page.
pub struct OperationView {
    method: String,
    path: String,
    summary: Prose,
    tag: String,
    parameters: Vec<(String, String, Prose)>,
    request: Option<String>,
    responses: Vec<(String, String)>,
}

/// A schema on the reference page: its name and its fields (name, type, required, description).
pub struct SchemaView {
    name: String,
    fields: Vec<(String, String, bool, Prose)>,
}

fn type_of(property: &Value) -> String {
    if let Some(reference) = property.get("$ref").and_then(Value::as_str) {
        return reference.rsplit('/').next().unwrap_or_default().to_owned();
    }
    let kind = match property.get("type") {
        Some(Value::Array(kinds)) => kinds
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" or "),
        Some(Value::String(kind)) => kind.clone(),
        _ => property
            .get("oneOf")
            .and_then(Value::as_array)
            .map(|options| options.iter().map(type_of).collect::<Vec<_>>().join(" or "))
            .unwrap_or_default(),
    };
    match property.get("items") {
        Some(items) if kind.contains("array") => format!("{kind} of {}", type_of(items)),
        _ => kind,
    }
}

fn schemas() -> Vec<SchemaView> {
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    schemas
        .iter()
        .map(|(name, schema)| {
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let fields = schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(field, property)| {
                    (
                        field.clone(),
                        type_of(property),
                        required.contains(&field.as_str()),
                        prose(&text(property, "description")),
                    )
                })
                .collect();
            SchemaView {
                name: name.clone(),
                fields,
            }
        })
        .collect()
}

/// The reference page.
#[derive(Template)]
#[template(path = "api_reference.html", config = "src/web/askama.toml")]
pub struct ReferenceTemplate {
    nav: Nav,
    description: Prose,
    operations: Vec<OperationView>,
    schemas: Vec<SchemaView>,
}

/// Text with `code` spans, as (is code, text) parts, for the page to set code in `<code>`.
type Prose = Vec<(bool, String)>;

fn prose(text: &str) -> Prose {
    text.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| (i % 2 == 1, part.to_owned()))
        .collect()
}

fn text(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// A schema by name: `Name`, `Name[]` for an array of them, `binary`, or its type.
fn schema_name(schema: &Value) -> String {
    let reference = text(schema, "$ref");
    if let Some(name) = reference.rsplit('/').next().filter(|n| !n.is_empty()) {
        return name.to_owned();
    }
    match (text(schema, "type").as_str(), schema.get("items")) {
        ("array", Some(items)) => format!("{}[]", schema_name(items)),
        ("string", _) if text(schema, "format") == "binary" => "binary".to_owned(),
        ("", _) => "any JSON".to_owned(),
        (kind, _) => kind.to_owned(),
    }
}

/// The schema names in a `content` object (`{"application/json": {"schema": {"$ref": …}}}`).
fn schema_names(content: Option<&Value>) -> String {
    let Some(Value::Object(media)) = content else {
        return String::new();
    };
    media
        .values()
        .map(|m| m.get("schema").map_or_else(String::new, schema_name))
        .collect::<Vec<_>>()
        .join(", ")
}

fn operation(method: &str, path: &str, op: &Value) -> OperationView {
    let parameters = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| {
            (
                text(p, "name"),
                text(p, "in"),
                prose(&text(p, "description")),
            )
        })
        .collect();
    let responses = op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(status, r)| (status.clone(), schema_names(r.get("content"))))
        .collect();
    let summary = match text(op, "summary") {
        s if s.is_empty() => text(op, "description"),
        s => s,
    };
    OperationView {
        method: method.to_uppercase(),
        path: path.to_owned(),
        summary: prose(&summary),
        tag: op
            .get("tags")
            .and_then(|t| t.get(0))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        parameters,
        request: op
            .get("requestBody")
            .map(|b| schema_names(b.get("content"))),
        responses,
    }
}

fn operations() -> Vec<OperationView> {
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    let mut views: Vec<OperationView> = doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .flat_map(|(path, item)| {
            item.as_object()
                .into_iter()
                .flatten()
                .map(move |(method, op)| operation(method, path, op))
        })
        .collect();
    views.sort_by(|a, b| (&a.tag, &a.path, &a.method).cmp(&(&b.tag, &b.path, &b.method)));
    views
}

/// The API reference, readable in a browser.
#[get("/api/v1/docs")]
pub fn reference(nav: Nav) -> Page<ReferenceTemplate> {
    let description = ApiDoc::openapi().info.description.unwrap_or_default();
    Page::ok(ReferenceTemplate {
        nav,
        description: prose(&description),
        operations: operations(),
        schemas: schemas(),
    })
}
