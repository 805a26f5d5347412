//! The results of an edition for the secretariat: the official method chosen (and locked) before
//! anything is shown, then the official ranking with its statistical checks and charts.

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app::results::{self, MethodRefused};
use crate::app::{self, results::Official};
use crate::clock::Clock;
use crate::db;
use crate::domain::edition::Edition;
use crate::domain::results::{OfficialMethod, Results, agreement_reading, reliability_reading};
use crate::domain::text::short_number;
use crate::error::{AppError, AppResult};
use crate::i18n::{self, msg};
use crate::web::charts::{self, Distribution, WhiskerChart};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::notice::{self, NoticeTemplate, Typed};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// A figure with `places` decimals, the reader's way; a dash when there is none.
fn number(nav: &Nav, x: Option<f64>, places: i16) -> String {
    x.map_or_else(|| "–".to_owned(), |v| i18n::decimal(nav.lang, v, places))
}

/// A share as a whole percentage, the reader's way.
fn percent(nav: &Nav, x: Option<f64>) -> String {
    x.map_or_else(
        || "–".to_owned(),
        |v| {
            nav.t_with(
                "results-percent",
                "value",
                i18n::decimal(nav.lang, v * 100.0, 0),
            )
        },
    )
}

/// A value with 2 decimals and its rank (`rank 1.5`), or dashes, the reader's way.
fn value_and_rank(nav: &Nav, x: Option<(f64, f64)>) -> (String, String) {
    x.map_or_else(
        || ("–".to_owned(), String::new()),
        |(value, rank)| {
            let rank = nav.decimal_text(&short_number(rank, 2));
            (
                i18n::decimal(nav.lang, value, 2),
                nav.t_with("results-rank", "rank", rank),
            )
        },
    )
}

/// The name of a method compared with the official one.
fn comparison_name(nav: &Nav, method: &str) -> String {
    let id = match method {
        "mean" => msg("method-mean"),
        "median" => msg("method-median"),
        "trimmed_mean" => msg("method-trimmed-mean"),
        "juror_z" => msg("method-juror-z"),
        "bias_corrected" => msg("method-bias-corrected"),
        "borda" => msg("method-borda"),
        "schulze" => msg("method-schulze"),
        other => return other.replace('_', " "),
    };
    nav.t(id)
}

/// A line of the official ranking, ready to show.
pub struct LineView {
    rank: usize,
    id: i32,
    title: String,
    total: String,
    criteria: Vec<(String, bool)>,
    passes: bool,
    failed: String,
    calibrated: (String, String),
    raw: (String, String),
    interval: String,
    p_top3: String,
    tie_unresolved: bool,
    statistical_tie: bool,
    tie_partner: String,
    trace: Vec<String>,
    scorecards: usize,
}

/// A criterion's agreement, ready to show.
pub struct AgreementView {
    name: String,
    alpha: String,
    alpha_reading: String,
    reliability: String,
    reliability_reading: String,
}

/// A juror's leniency, ready to show.
pub struct JurorView {
    name: String,
    offset: String,
    se: String,
    scores: usize,
    mean: String,
}

/// The results page.
#[derive(Template)]
#[template(path = "secretariat/results.html", config = "src/web/askama.toml")]
pub struct ResultsTemplate {
    nav: Nav,
    /// The round these results rank.
    round: Option<String>,
    /// The page that adopts the round's shortlist, or shows the one adopted, when it ends in
    /// one: (address, label).
    shortlist_link: Option<(String, String)>,
    /// Every round reached so far, when there are several: (the round, its results, shown).
    round_links: Vec<(String, String, bool)>,
    /// The exports of the round shown, when there are several rounds: (what it holds, address).
    round_exports: Vec<(String, String)>,
    edition: Edition,
    method: String,
    /// The method checked on the change form: the official one, or the one chosen in a refused
    /// change.
    checked_method: String,
    /// The reason typed in a refused change.
    typed_reason: String,
    /// Why that change was refused.
    reason_error: Option<String>,
    recorded: String,
    locked_since: String,
    methods: Vec<(&'static str, String)>,
    criteria: Vec<String>,
    lines: Vec<LineView>,
    not_ranked: Vec<(i32, String, String)>,
    unresolved: usize,
    statistical_ties: usize,
    overall_alpha: String,
    overall_reading: String,
    agreement: Vec<AgreementView>,
    jurors: Vec<JurorView>,
    comparisons: Vec<(String, String, String)>,
    outliers: Vec<(i32, String, String, String, String)>,
    warnings: Vec<String>,
    intervals: Option<WhiskerChart>,
    offsets: Option<WhiskerChart>,
    distributions: Vec<Distribution>,
}

/// The page that asks for the official method before anything is shown.
#[derive(Template)]
#[template(
    path = "secretariat/results_method.html",
    config = "src/web/askama.toml"
)]
pub struct MethodTemplate {
    nav: Nav,
    edition: Edition,
    methods: Vec<(&'static str, String)>,
    error: Option<String>,
}

/// What the results address answers.
#[derive(rocket::Responder)]
pub enum ResultsAnswer {
    /// The results.
    Results(Box<Page<ResultsTemplate>>),
    /// The method must be chosen first.
    Method(Box<Page<MethodTemplate>>),
    /// A method sent outside the results' phases: what was typed.
    NotSaved(Box<Page<NoticeTemplate>>),
}

fn method_choices(nav: &Nav) -> Vec<(&'static str, String)> {
    OfficialMethod::ALL
        .iter()
        .map(|m| (m.as_str(), nav.say(&m.name())))
        .collect()
}

/// Shows the results of the current round, or of the round at `round` (1 first) reached so far,
/// or first asks for the official method.
#[get("/secretariat/editions/<id>/results?<round>")]
pub async fn show_results(
    id: i32,
    round: Option<u32>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<ResultsAnswer> {
    let (edition, official) =
        app::results::for_secretariat(db.inner(), id, round, me.0.id, clock.now()).await?;
    let Some(official) = official else {
        let methods = method_choices(&nav);
        return Ok(ResultsAnswer::Method(Box::new(Page::ok(MethodTemplate {
            nav,
            edition,
            methods,
            error: None,
        }))));
    };
    let shown = official.round.id;
    let mut template = results_page(edition, official, nav, clock);
    let rounds = db::rounds::of_edition(db.inner(), id).await?;
    if rounds.len() > 1 {
        let current = db::rounds::current_id(db.inner(), id).await?;
        template.round_links = rounds
            .iter()
            .take_while(|r| r.closed_at.is_some() || r.id == current)
            .map(|r| {
                let href = uri!(show_results(id, Some(r.position))).to_string();
                (template.nav.say(&r.summary()), href, r.id == shown)
            })
            .collect();
        let position = rounds
            .iter()
            .find(|r| r.id == shown)
            .map_or(1, |r| r.position);
        template.round_exports = ["scores", "ranking", "jurors", "method"]
            .into_iter()
            .map(|kind| {
                let label = template.nav.t(&format!("export-{kind}"));
                let href = format!("/secretariat/editions/{id}/export/{kind}.csv?round={position}");
                (label, href)
            })
            .collect();
    }
    Ok(ResultsAnswer::Results(Box::new(Page::ok(template))))
}

/// The results page for the official results.
fn results_page(
    edition: Edition,
    official: Official,
    nav: Nav,
    clock: &State<Clock>,
) -> ResultsTemplate {
    let first_shown = official
        .record
        .first_shown_at
        .unwrap_or_else(|| clock.now());
    let max = official.rubric.scale.max.0;
    let ends_in_shortlist = matches!(
        official.round.outcome,
        crate::domain::round::RoundOutcome::Shortlist(_)
    );
    let closed = official.round.closed_at.is_some();
    let position = official.round.position;
    let round = nav.say(&official.round.summary());
    let id = edition.id;
    let mut page = view(
        nav,
        edition,
        &official.rubric,
        &official.results,
        official.record.recorded_at,
        first_shown,
        max,
    );
    page.round = Some(round);
    page.shortlist_link = ends_in_shortlist.then(|| {
        if closed {
            let href = uri!(super::shortlist::show_shortlist(id, Some(position)));
            (
                href.to_string(),
                page.nav.t("results-adopted-shortlist-link"),
            )
        } else {
            let href = uri!(super::shortlist::show_shortlist(id, Option::<u32>::None));
            (href.to_string(), page.nav.t("results-shortlist-link"))
        }
    });
    page
}

/// The results page's HTML for `results` in `lang`, outside a request: the view building and
/// template rendering that [`show_results`] does after computing, with an empty navigation bar.
/// For `benches/results.rs`.
pub fn render_for_bench(
    edition: Edition,
    rubric: &crate::domain::rubric::Rubric,
    results: &Results,
    lang: crate::domain::language::Lang,
) -> Result<String, askama::Error> {
    let now = chrono::Utc::now();
    let nav = Nav::new(None, String::new(), None, lang);
    view(
        nav,
        edition,
        rubric,
        results,
        Some(now),
        now,
        rubric.scale.max.0,
    )
    .render()
}

fn view(
    nav: Nav,
    edition: Edition,
    rubric: &crate::domain::rubric::Rubric,
    results: &Results,
    recorded_at: Option<chrono::DateTime<chrono::Utc>>,
    first_shown: chrono::DateTime<chrono::Utc>,
    max_half_points: u16,
) -> ResultsTemplate {
    let zone = nav.time_zone.clone();
    let rubric = &rubric.in_language(nav.lang.code());
    let nav_ref = &nav;
    let lines: Vec<LineView> = results
        .official
        .iter()
        .map(|l| LineView {
            rank: l.rank,
            id: l.submission_id,
            title: l.title.clone(),
            total: nav_ref.decimal_text(&l.weighted_total.to_decimal(2)),
            criteria: l
                .criteria
                .iter()
                .map(|(_, score, ok)| (nav_ref.decimal_text(&score.to_decimal(2)), *ok))
                .collect(),
            passes: l.passes_thresholds,
            failed: l
                .failed_thresholds
                .iter()
                .map(|k| {
                    rubric
                        .criterion(k)
                        .map_or_else(|| nav_ref.t("results-overall-total"), |c| c.name.clone())
                })
                .collect::<Vec<_>>()
                .join(", "),
            calibrated: value_and_rank(nav_ref, l.calibrated),
            raw: value_and_rank(nav_ref, l.raw),
            interval: l.rank_interval.map_or_else(
                || "–".to_owned(),
                |(lo, hi)| {
                    let (lo, hi) = (short_number(lo, 2), short_number(hi, 2));
                    format!(
                        "{}–{}",
                        nav_ref.decimal_text(&lo),
                        nav_ref.decimal_text(&hi)
                    )
                },
            ),
            p_top3: percent(nav_ref, l.p_top3),
            tie_unresolved: l.tie_unresolved,
            statistical_tie: l.statistical_tie_with_next,
            tie_partner: l.statistical_tie_partner.clone().unwrap_or_default(),
            trace: l
                .steps
                .iter()
                .map(|steps| {
                    let said: Vec<String> =
                        steps.iter().map(|s| nav_ref.say(&s.message())).collect();
                    said.join("; ")
                })
                .collect(),
            scorecards: l.scorecards,
        })
        .collect();
    let unranked_why = match results.method {
        OfficialMethod::ConsensusTotal => nav.t("results-unranked-consensus"),
        OfficialMethod::Calibrated => nav.t("results-unranked-calibrated"),
    };
    let not_ranked = results
        .not_ranked
        .iter()
        .map(|(id, title, _)| (*id, title.clone(), unranked_why.clone()))
        .collect();
    let names: std::collections::HashMap<&str, &str> = rubric
        .criteria
        .iter()
        .map(|c| (c.key.as_str(), c.name.as_str()))
        .collect();
    let name_of = |key: &str, name: &str| {
        names
            .get(key)
            .map_or_else(|| name.to_owned(), |n| (*n).to_owned())
    };
    let agreement = results
        .agreement
        .iter()
        .map(|a| AgreementView {
            name: name_of(&a.key, &a.name),
            alpha: number(&nav, a.alpha, 3),
            alpha_reading: nav.say(&agreement_reading(a.alpha)),
            reliability: number(&nav, a.reliability, 2),
            reliability_reading: nav.say(&reliability_reading(a.reliability)),
        })
        .collect();
    let jurors = results
        .jurors
        .iter()
        .map(|j| JurorView {
            name: j.name.clone(),
            offset: j.offset.map_or_else(
                || "–".to_owned(),
                |v| {
                    let sign = if v >= 0.0 { "+" } else { "" };
                    format!("{sign}{}", i18n::decimal(nav.lang, v, 2))
                },
            ),
            se: number(&nav, j.offset_se, 2),
            scores: j.scores,
            mean: number(&nav, j.mean, 2),
        })
        .collect();
    let comparisons = results
        .methods
        .iter()
        .map(|m| {
            (
                comparison_name(&nav, &m.method),
                number(&nav, m.kendall_tau_b, 2),
                percent(&nav, m.top3_overlap),
            )
        })
        .collect();
    let outliers = results
        .outliers
        .iter()
        .map(|o| {
            let title = results
                .official
                .iter()
                .find(|l| l.submission_id == o.submission_id)
                .map_or_else(|| format!("#{}", o.submission_id), |l| l.title.clone());
            (
                o.assignment_id,
                title,
                o.juror_name.clone(),
                i18n::decimal(nav.lang, o.score, 2),
                i18n::decimal(nav.lang, o.z, 1),
            )
        })
        .collect();
    let mut distributions = charts::distributions(&results.agreement, max_half_points, &nav);
    for (d, a) in distributions.iter_mut().zip(&results.agreement) {
        d.name = name_of(&a.key, &a.name);
    }
    ResultsTemplate {
        round: None,
        shortlist_link: None,
        round_links: Vec::new(),
        round_exports: Vec::new(),
        method: nav.say(&results.method.name()),
        checked_method: results.method.as_str().to_owned(),
        typed_reason: String::new(),
        reason_error: None,
        recorded: recorded_at.map_or_else(String::new, |t| nav.when(t, &zone)),
        locked_since: nav.when(first_shown, &zone),
        methods: method_choices(&nav),
        criteria: rubric.criteria.iter().map(|c| c.name.clone()).collect(),
        unresolved: lines.iter().filter(|l| l.tie_unresolved).count(),
        statistical_ties: lines.iter().filter(|l| l.statistical_tie).count(),
        lines,
        overall_alpha: number(&nav, results.overall_alpha, 3),
        overall_reading: nav.say(&agreement_reading(results.overall_alpha)),
        intervals: charts::rank_intervals(&results.official, &nav),
        offsets: charts::juror_offsets(&results.jurors, &nav),
        warnings: results
            .cautions
            .iter()
            .map(|c| nav.say(&c.message()))
            .collect(),
        not_ranked,
        agreement,
        jurors,
        comparisons,
        outliers,
        distributions,
        nav,
        edition,
    }
}

/// The method form.
#[derive(FromForm)]
pub struct MethodForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    method: String,
    #[field(default = String::new())]
    reason: String,
}

impl CsrfProtected for MethodForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// What recording a method answers: done, or the page it came from with what was typed.
type MethodAnswer = Result<Flash<Redirect>, ResultsAnswer>;

/// Records the official method; once results have been shown, a change needs a reason. A
/// refusal brings the page back with the method chosen and the reason as typed.
#[post("/secretariat/editions/<id>/results/method", data = "<form>")]
pub async fn record_method(
    id: i32,
    form: CsrfForm<MethodForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<MethodAnswer> {
    let form = form.into_inner();
    let typed = (form.method.as_str(), form.reason.as_str());
    match results::record_method(db.inner(), id, typed, me.0.id, clock.now()).await? {
        Ok(method) => Ok(Ok(Flash::success(
            Redirect::to(uri!(show_results(id, Option::<u32>::None))),
            nav.t_with("results-method-recorded", "method", nav.say(&method.name())),
        ))),
        Err(MethodRefused::Invalid(_, problem)) => {
            let edition = db::editions::find(db.inner(), id)
                .await?
                .ok_or(AppError::NotFound)?;
            let problem = nav.say(&problem);
            refuse_method(db, edition, &form, problem, me.0.id, nav, clock).await
        }
        Err(MethodRefused::Closed(why)) => Ok(method_not_recorded(nav, id, &form, &why)),
    }
}

/// The edition went back before the consensus phase: the method and the reason typed come back
/// on a notice of why nothing was recorded.
fn method_not_recorded(nav: Nav, id: i32, form: &MethodForm, why: &AppError) -> MethodAnswer {
    let method = form
        .method
        .parse::<OfficialMethod>()
        .map_or_else(|_| form.method.clone(), |m| nav.say(&m.name()));
    let typed = vec![
        Typed::new(nav.t("results-method"), method),
        Typed::new(nav.t("results-reason"), form.reason.clone()),
    ];
    let back_label = nav.t("results-back-to-edition");
    let back = (
        uri!(super::editions::show_edition(id)).to_string(),
        back_label.as_str(),
    );
    let heading = nav.t("results-method-not-recorded");
    let problem = why.public_message(nav.lang);
    let notice = notice::refused(nav, &heading, problem, typed, back);
    Err(ResultsAnswer::NotSaved(Box::new(notice)))
}

/// A refused method: the page it was sent from again (422), with the method chosen, the reason
/// as typed and the problem next to it. Before a method is recorded that is the page asking for
/// it; afterwards the results page with its change form open.
async fn refuse_method(
    db: &Db,
    edition: Edition,
    form: &MethodForm,
    problem: String,
    actor_id: i32,
    nav: Nav,
    clock: &State<Clock>,
) -> AppResult<MethodAnswer> {
    let (edition, official) =
        app::results::for_secretariat(db.inner(), edition.id, None, actor_id, clock.now()).await?;
    let page = match official {
        Some(official) => {
            let mut template = results_page(edition, official, nav, clock);
            if form.method.parse::<OfficialMethod>().is_ok() {
                template.checked_method = form.method.clone();
            }
            template.typed_reason = form.reason.clone();
            template.reason_error = Some(problem);
            ResultsAnswer::Results(Box::new(Page::with_status(
                Status::UnprocessableEntity,
                template,
            )))
        }
        _ => ResultsAnswer::Method(Box::new(Page::with_status(
            Status::UnprocessableEntity,
            MethodTemplate {
                methods: method_choices(&nav),
                nav,
                edition,
                error: Some(problem),
            },
        ))),
    };
    Ok(Err(page))
}
