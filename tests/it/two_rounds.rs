//! An edition evaluated in two rounds: the secretariat plans a technical committee before the
//! jury, the committee scores every submission, the shortlist is adopted from the round's
//! ranking cut at its size (a reason for every choice out of rank order) and confirmed by the
//! committee's chair, and only the shortlisted submissions enter the jury's round.

use std::sync::Arc;

use chrono::Duration;
use laurel::db::scores::{Entry, ScoreError};
use laurel::domain::edition::EditionStatus;
use laurel::domain::jury::JuryRole;
use laurel::domain::role::Role;
use laurel::domain::round::RoundOutcome;
use rocket::http::Status;

use crate::fixtures::CRITERIA;
use crate::helpers::{TestApp, all_at_once};

const SECRETARIAT: &str = "sec@example.org";
const CHAIR: &str = "chair@example.org";
const MEMBERS: [&str; 2] = ["member.one@example.org", "member.two@example.org"];
const TITLES: [&str; 5] = [
    "Water kiosks run by residents",
    "Diaspora mentoring for young farmers",
    "Shared waste collection",
    "Market halls for women traders",
    "Solar lights for night schools",
];

/// A two-round edition in its committee's consensus phase: five submissions, each scored by
/// the committee's three members (the first title best, the last worst), the official method
/// recorded. Returns the edition and the submissions in title order.
async fn committee_done(app: &TestApp) -> (i32, Vec<i32>) {
    committee_done_with(app, Plan::default()).await
}

async fn committee_done_telling(app: &TestApp, at_once: bool) -> (i32, Vec<i32>) {
    let plan = Plan {
        at_once,
        ..Plan::default()
    };
    committee_done_with(app, plan).await
}

/// The settings of the two rounds that differ between tests.
#[derive(Clone, Copy, Default)]
struct Plan {
    /// The committee tells the applicants it leaves out as soon as its shortlist is confirmed.
    at_once: bool,
    /// The committee records a consensus.
    committee_consensus: bool,
    /// The jury reads the committee's consensus comments.
    jury_reads_consensus: bool,
    /// The committee scores against the small city partnership rubric, not the edition's.
    committee_rubric: bool,
}

/// The small city partnership rubric's criteria, which a committee may score against.
const SMALL_CRITERIA: [&str; 3] = [
    "partnership_quality",
    "local_benefit",
    "learning_and_transfer",
];

/// [`committee_done`] with the rounds set as `plan` says.
async fn committee_done_with(app: &TestApp, plan: Plan) -> (i32, Vec<i32>) {
    let yes = |on: bool| if on { "true" } else { "false" };
    app.account(Role::Secretariat, SECRETARIAT).await;
    let closes = app.clock().now() + Duration::days(5);
    let edition = crate::fixtures::edition(app, closes, EditionStatus::Draft).await;
    let id = edition.id;
    let jury_round = laurel::db::rounds::current_id(app.db(), id).await.unwrap();
    let mut sec = app.logged_in(SECRETARIAT).await;
    let path = format!("/secretariat/editions/{id}/rounds");
    let jury_id = jury_round.to_string();
    let version = version_in(&sec.get(&path).await.body);
    let added = sec
        .post(
            &path,
            &[
                ("version", &version),
                ("action", "add"),
                ("rounds[0].id", &jury_id),
                ("rounds[0].name", "Jury"),
                ("rounds[0].jurors_per_submission", "3"),
                ("rounds[0].consensus", "true"),
            ],
        )
        .await;
    assert_eq!(added.status, Status::Ok, "{}", added.body);
    assert!(
        added
            .body
            .contains("Round 2 (the last: decides the prizes)")
    );
    assert!(
        added
            .body
            .contains("name=\"rounds[0].shortlist\" value=\"12\""),
        "the new round shortlists the edition's shortlist size"
    );
    assert_eq!(version_in(&added.body), version, "the version read is kept");
    let saved = sec
        .post(
            &path,
            &[
                ("version", &version),
                ("action", "save"),
                ("rounds[0].name", "Technical committee"),
                ("rounds[0].jurors_per_submission", "3"),
                ("rounds[0].shortlist", "3"),
                ("rounds[0].outcome_at_once", yes(plan.at_once)),
                ("rounds[0].scoring_deadline", "2099-06-20T17:00"),
                ("rounds[0].peer_scores", "after_own_scorecard"),
                ("rounds[0].consensus", yes(plan.committee_consensus)),
                (
                    "rounds[0].rubric",
                    if plan.committee_rubric {
                        "city-partnership-small"
                    } else {
                        ""
                    },
                ),
                (
                    "rounds[1].sees_previous_consensus",
                    yes(plan.jury_reads_consensus),
                ),
                ("rounds[1].id", &jury_id),
                ("rounds[1].name", "Jury"),
                ("rounds[1].jurors_per_submission", "3"),
                ("rounds[1].consensus", "true"),
            ],
        )
        .await;
    assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);

    crate::fixtures::advance(app, id, EditionStatus::Open).await;
    let mut submissions = Vec::new();
    for (n, title) in TITLES.iter().enumerate() {
        let email = format!("applicant{n}@example.org");
        let mut applicant = crate::fixtures::register_in_dakar(app, &email).await;
        let sid = crate::fixtures::start(&mut applicant, id).await;
        crate::fixtures::fill(&mut applicant, sid).await;
        let renamed = crate::fixtures::save(
            &mut applicant,
            sid,
            "project",
            &[
                ("title", title),
                (
                    "summary",
                    &format!("{title}: residents plan the work in both towns."),
                ),
                ("start_date", "2023-02-01"),
                ("ongoing", "yes"),
                ("language", "en"),
            ],
        )
        .await;
        assert_eq!(renamed.status, Status::SeeOther, "{}", renamed.body);
        let submitted = crate::fixtures::submit(&mut applicant, sid).await;
        assert_eq!(submitted.status, Status::SeeOther, "{}", submitted.body);
        submissions.push(sid);
    }
    crate::fixtures::advance(app, id, EditionStatus::Screening).await;

    let actor = id_of(app, SECRETARIAT).await;
    let now = app.clock().now();
    let mut committee = Vec::new();
    for (email, role) in [
        (CHAIR, JuryRole::Chair),
        (MEMBERS[0], JuryRole::Member),
        (MEMBERS[1], JuryRole::Member),
    ] {
        committee.push(add_to_panel(app, id, email, role, actor).await);
    }
    // The second member declares a disqualifying conflict with the first submission.
    let mut conflicted = app.logged_in(MEMBERS[1]).await;
    let declared = conflicted
        .post(
            &format!("/jury/editions/{id}/conflicts/{}", submissions[0]),
            &[
                ("level", "disqualifying"),
                ("reason", "helped_prepare"),
                (
                    "details",
                    "I advised this project's partner city last year.",
                ),
            ],
        )
        .await;
    assert_eq!(declared.status, Status::SeeOther, "{}", declared.body);
    for &sid in &submissions {
        for &juror in &committee {
            let excluded = juror == committee[2] && sid == submissions[0];
            let added =
                laurel::db::assignments::add_manual(app.db(), id, juror, sid, actor, now).await;
            assert_eq!(added.is_err(), excluded, "{added:?}");
        }
    }
    crate::fixtures::advance(app, id, EditionStatus::JuryEvaluation).await;
    for row in laurel::db::assignments::list(app.db(), id).await.unwrap() {
        let place = submissions
            .iter()
            .position(|s| *s == row.submission_id)
            .unwrap();
        let lenient = committee.iter().position(|j| *j == row.juror_id).unwrap();
        let half_points = i16::try_from(9 - 2 * place + lenient % 2).unwrap();
        let keys: &[&str] = if plan.committee_rubric {
            &SMALL_CRITERIA
        } else {
            &CRITERIA
        };
        submit_scorecard(app, row.id, (keys, half_points), "Scored for the test.").await;
    }
    crate::fixtures::advance(app, id, EditionStatus::Consensus).await;
    let method = sec
        .post(
            &format!("/secretariat/editions/{id}/results/method"),
            &[("method", "calibrated")],
        )
        .await;
    assert_eq!(method.status, Status::SeeOther, "{}", method.body);
    (id, submissions)
}

/// Submits scorecard `assignment_id` with `half_points` on each of `keys`, each with `comment`.
async fn submit_scorecard(
    app: &TestApp,
    assignment_id: i32,
    (keys, half_points): (&[&str], i16),
    comment: &str,
) {
    let entries: Vec<Entry> = keys
        .iter()
        .map(|key| Entry {
            key: (*key).to_owned(),
            half_points: Some(half_points),
            comment: comment.to_owned(),
        })
        .collect();
    let stamp = laurel::db::scores::load(app.db(), assignment_id)
        .await
        .unwrap()
        .unwrap()
        .stamp;
    let now = app.clock().now();
    laurel::db::scores::save(app.db(), assignment_id, stamp, &entries, "Fine.", true, now)
        .await
        .unwrap();
}

/// Puts `email` (a juror account, made if new) on the panel of the edition's current round.
async fn add_to_panel(app: &TestApp, id: i32, email: &str, role: JuryRole, actor: i32) -> i32 {
    let account = match laurel::db::users::find_for_login(app.db(), email)
        .await
        .unwrap()
    {
        Some((account, _)) => account,
        None => app.account(Role::Juror, email).await,
    };
    let member = laurel::db::jury::NewMember {
        name: account.name.clone(),
        email: account.email.clone(),
        jury_role: role,
        affiliation: String::new(),
        country: "DE".to_owned(),
        languages: vec!["en".to_owned()],
    };
    let now = app.clock().now();
    let invite = laurel::db::jury::NewInvitation {
        token_hash: "unused".to_owned(),
        expires_at: now,
        email: None,
        language: laurel::domain::language::Lang::EN,
    };
    laurel::db::jury::add_member(app.db(), id, &member, &invite, actor, now)
        .await
        .unwrap();
    account.id
}

/// `chair` records the consensus on submission `sid`: `score` on each of `keys`, each with the
/// comment `comment` gives its key.
async fn record_consensus(
    chair: &mut crate::helpers::Browser<'_>,
    sid: i32,
    (keys, score): (&[&str], &str),
    comment: impl Fn(&str) -> String,
) {
    let mut fields = Vec::new();
    for key in keys {
        fields.push((format!("scores[{key}]"), score.to_owned()));
        fields.push((format!("comments[{key}]"), comment(key)));
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let recorded = chair.post(&format!("/jury/consensus/{sid}"), &fields).await;
    assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);
}

/// The recording a shortlist page's form was filled from.
fn read_recorded_at(body: &str) -> String {
    let marker = "name=\"read_recorded_at\" value=\"";
    let start = body.find(marker).unwrap() + marker.len();
    body[start..start + body[start..].find('"').unwrap()].to_owned()
}

fn shortlist_fields<'a>(
    picked: &'a [String],
    reasons: &'a [(String, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut fields: Vec<(&str, &str)> =
        picked.iter().map(|s| ("shortlisted", s.as_str())).collect();
    fields.extend(reasons.iter().map(|(k, v)| (k.as_str(), *v)));
    fields
}

#[rocket::async_test]
async fn the_committee_shortlists_with_reasons_the_chair_confirms_and_only_the_shortlist_enters_the_jurys_round()
 {
    let app = TestApp::spawn().await;
    let (id, subs) = committee_done(&app).await;
    let rounds = laurel::db::rounds::of_edition(app.db(), id).await.unwrap();
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0].outcome, RoundOutcome::Shortlist(3));
    assert!(!rounds[0].consensus);
    assert_eq!(rounds[1].outcome, RoundOutcome::Prizes);

    let mut sec = app.logged_in(SECRETARIAT).await;
    let edition_page = sec.get(&format!("/secretariat/editions/{id}")).await;
    assert!(
        edition_page
            .body
            .contains("Round 1 of 2: Technical committee: shortlists 3 submissions"),
        "{}",
        edition_page.body
    );
    let path = format!("/secretariat/editions/{id}/shortlist");
    let page = sec.get(&path).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let not_yet = sec.get(&format!("{path}?round=1")).await;
    assert_eq!(not_yet.status, Status::NotFound, "no shortlist adopted yet");
    assert!(page.body.contains("Cut line: 3 submissions above"));
    assert!(page.body.contains("Chance of being in the top 3"));
    for title in TITLES {
        assert!(page.body.contains(title), "{title}");
    }

    // Place 3 left out and place 4 taken in, without reasons: both named, nothing recorded,
    // the choices as typed.
    let picked: Vec<String> = [subs[0], subs[1], subs[3]]
        .iter()
        .map(i32::to_string)
        .collect();
    let refused = sec.post(&path, &shortlist_fields(&picked, &[])).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("Place 3 is above the line: say why the committee leaves it out.")
    );
    assert!(
        refused
            .body
            .contains("Place 4 is below the line: say why the committee takes it in.")
    );
    assert!(
        refused.body.contains(&format!(
            "name=\"shortlisted\" value=\"{}\" checked",
            subs[3]
        )),
        "the choice as typed"
    );
    assert!(!refused.body.contains(&format!(
        "name=\"shortlisted\" value=\"{}\" checked",
        subs[2]
    )));
    let round_id = rounds[0].id;
    assert!(
        laurel::db::shortlists::choices(app.db(), round_id)
            .await
            .unwrap()
            .is_empty()
    );

    let reasons = [
        (
            format!("reasons[{}]", subs[2]),
            "Its partner city withdrew.",
        ),
        (
            format!("reasons[{}]", subs[3]),
            "Strong diaspora work; a tie in substance.",
        ),
    ];
    let recorded = sec.post(&path, &shortlist_fields(&picked, &reasons)).await;
    assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);
    let choices = laurel::db::shortlists::choices(app.db(), round_id)
        .await
        .unwrap();
    assert_eq!(choices.len(), 5);
    assert_eq!(choices[2].reason, "Its partner city withdrew.");
    assert!(choices[0].reason.is_empty());

    // The jury's decisions wait for the last round, and the edition cannot be decided.
    let decisions = sec
        .get(&format!("/secretariat/editions/{id}/decisions"))
        .await;
    assert_eq!(decisions.status, Status::Conflict);
    assert!(
        decisions
            .body
            .contains("Prizes are decided in the last round")
    );

    // A committee member who does not chair cannot confirm; the chair reads the reasons.
    let mut member = app.logged_in(MEMBERS[0]).await;
    let chair_path = format!("/jury/editions/{id}/shortlist");
    assert_eq!(member.get(&chair_path).await.status, Status::NotFound);
    let mut chair = app.logged_in(CHAIR).await;
    let dashboard = chair.get("/jury").await;
    assert!(
        dashboard
            .body
            .contains("A shortlist waits for your confirmation")
    );
    assert!(
        !dashboard.body.contains("Consensus to record"),
        "the committee's round has no consensus step"
    );
    assert!(
        dashboard.body.contains("scorecards due 20 June 2099"),
        "the committee's own deadline: {}",
        dashboard.body
    );
    let read = chair.get(&chair_path).await;
    assert_eq!(read.status, Status::Ok, "{}", read.body);
    assert!(
        read.body
            .contains("Strong diaspora work; a tie in substance.")
    );
    let marker = "name=\"recorded_at\" value=\"";
    let start = read.body.find(marker).unwrap() + marker.len();
    let version = read.body[start..start + read.body[start..].find('"').unwrap()].to_owned();

    // Recorded again meanwhile: the chair's confirmation of what they read is refused.
    app.clock().advance(Duration::minutes(1));
    let read_version = read_recorded_at(&sec.get(&path).await.body);
    assert!(
        !read_version.is_empty(),
        "the form carries the recording it shows"
    );
    let mut fields = shortlist_fields(&picked, &reasons);
    fields.push(("read_recorded_at", &read_version));
    let again = sec.post(&path, &fields).await;
    assert_eq!(again.status, Status::SeeOther, "{}", again.body);
    // The same form once more was filled from a recording that is no longer the current one.
    let late_reasons = [
        reasons[0].clone(),
        (reasons[1].0.clone(), "Typed in a tab opened before."),
    ];
    let mut late = shortlist_fields(&picked, &late_reasons);
    late.push(("read_recorded_at", &read_version));
    let refused_late = sec.post(&path, &late).await;
    assert_eq!(refused_late.status, Status::Conflict);
    assert!(
        refused_late
            .body
            .contains("Someone recorded the shortlist after you opened this page")
    );
    assert!(
        refused_late.body.contains("Typed in a tab opened before."),
        "what was typed is kept"
    );
    let kept = laurel::db::shortlists::choices(app.db(), round_id)
        .await
        .unwrap();
    assert_eq!(kept[3].reason, "Strong diaspora work; a tie in substance.");
    let stale = chair.post(&chair_path, &[("recorded_at", &version)]).await;
    assert_eq!(stale.status, Status::SeeOther);
    assert!(
        laurel::db::rounds::find(app.db(), round_id)
            .await
            .unwrap()
            .unwrap()
            .closed_at
            .is_none(),
        "a stale confirmation closes nothing"
    );
    let read = chair.get(&chair_path).await;
    assert!(
        read.body
            .contains("The shortlist was recorded again since you read it.")
    );
    let start = read.body.find(marker).unwrap() + marker.len();
    let version = read.body[start..start + read.body[start..].find('"').unwrap()].to_owned();
    let confirmed = chair.post(&chair_path, &[("recorded_at", &version)]).await;
    assert_eq!(confirmed.status, Status::SeeOther);
    assert_eq!(confirmed.location.as_deref(), Some("/jury"));
    let after = chair.get("/jury").await;
    assert!(
        !after.body.contains("Jury chair"),
        "no longer chairs a panel of a current round"
    );
    assert!(
        after
            .body
            .contains("<span class=\"hint\">1. Technical committee: shortlists 3"),
        "each scorecard names its round"
    );

    // The jury's round: the edition evaluates again, only the shortlisted submissions are in it,
    // and the committee's scorecards no longer change.
    let edition = laurel::db::editions::find(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(edition.status, EditionStatus::JuryEvaluation);
    assert_eq!(
        laurel::db::rounds::current_id(app.db(), id).await.unwrap(),
        rounds[1].id
    );
    let mut entering: Vec<i32> = laurel::db::assignments::eligible_submissions(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    entering.sort_unstable();
    let mut expected = vec![subs[0], subs[1], subs[3]];
    expected.sort_unstable();
    assert_eq!(entering, expected);
    assert!(
        laurel::db::assignments::list(app.db(), id)
            .await
            .unwrap()
            .is_empty()
    );
    let committee_card = laurel::db::shortlists::choices(app.db(), round_id)
        .await
        .unwrap();
    assert_eq!(committee_card.iter().filter(|c| c.shortlisted).count(), 3);
    let old = laurel::db::exports::assignment_ids(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .next()
        .unwrap();
    let stamp = laurel::db::scores::load(app.db(), old)
        .await
        .unwrap()
        .unwrap()
        .stamp;
    let late =
        laurel::db::scores::save(app.db(), old, stamp, &[], "", false, app.clock().now()).await;
    assert!(matches!(late, Err(ScoreError::RoundClosed)), "{late:?}");

    // One person sits on both panels: the committee's chair joins the jury as a member.
    let actor = id_of(&app, SECRETARIAT).await;
    add_to_panel(&app, id, CHAIR, JuryRole::Member, actor).await;
    let jury = laurel::db::jury::members(app.db(), id).await.unwrap();
    assert_eq!(jury.len(), 1);
    assert_eq!(jury[0].jury_role, JuryRole::Member);
    // The committee's results and scores stay readable in the jury's round; the current round's
    // wait for its consensus phase.
    let now_results = sec
        .get(&format!("/secretariat/editions/{id}/results"))
        .await;
    assert_eq!(now_results.status, Status::Conflict);
    let committee = sec
        .get(&format!("/secretariat/editions/{id}/results?round=1"))
        .await;
    assert_eq!(committee.status, Status::Ok, "{}", committee.body);
    assert!(committee.body.contains("1. Technical committee"));
    assert!(committee.body.contains("Water kiosks run by residents"));
    assert!(
        committee
            .body
            .contains(&format!("/editions/{id}/export/ranking.csv?round=1")),
        "the committee's exports are linked"
    );
    assert!(
        !committee.body.contains("The cut line and the shortlist"),
        "the shortlist is adopted"
    );
    assert!(
        committee
            .body
            .contains("The adopted shortlist and its cut line")
    );
    let adopted = sec
        .get(&format!("/secretariat/editions/{id}/shortlist?round=1"))
        .await;
    assert_eq!(adopted.status, Status::Ok, "{}", adopted.body);
    assert!(
        adopted
            .body
            .contains("Adopted: the round&#39;s chair confirmed")
    );
    assert!(adopted.body.contains("Its partner city withdrew."));
    assert!(adopted.body.contains("Cut line: 3 submissions above"));
    assert!(!adopted.body.contains("name=\"shortlisted\""), "read-only");
    assert!(
        !adopted
            .body
            .contains("<form method=\"post\" action=\"/secretariat/editions")
    );
    for round in ["2", "3"] {
        let none = sec
            .get(&format!(
                "/secretariat/editions/{id}/shortlist?round={round}"
            ))
            .await;
        assert_eq!(none.status, Status::NotFound, "round {round}");
    }
    let later = sec
        .get(&format!("/secretariat/editions/{id}/results?round=3"))
        .await;
    assert_eq!(later.status, Status::NotFound);
    let (status, scores) = sec
        .get_bytes(&format!(
            "/secretariat/editions/{id}/export/scores.csv?round=1"
        ))
        .await;
    assert_eq!(status, Status::Ok);
    let scores = String::from_utf8(scores).unwrap();
    let lines: Vec<&str> = scores.lines().collect();
    assert!(lines[0].ends_with(",phase,round"), "{}", lines[0]);
    assert_eq!(lines.len(), 1 + (5 * 3 - 1) * CRITERIA.len());
    assert!(lines[1..].iter().all(|l| l.ends_with(",jury,1")));
    let (_, jury_scores) = sec
        .get_bytes(&format!("/secretariat/editions/{id}/export/scores.csv"))
        .await;
    assert_eq!(String::from_utf8(jury_scores).unwrap().lines().count(), 1);
    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_laurel"))
        .args(["export", "--edition", &id.to_string(), "--what", "scores"])
        .args(["--round", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LAUREL_DATABASE_URL", &app.database_url)
        .output()
        .unwrap();
    assert!(
        cli.status.success(),
        "{}",
        String::from_utf8_lossy(&cli.stderr)
    );
    assert_eq!(String::from_utf8(cli.stdout).unwrap(), scores);
    let no_round = std::process::Command::new(env!("CARGO_BIN_EXE_laurel"))
        .args(["export", "--edition", &id.to_string(), "--what", "ranking"])
        .args(["--round", "3"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LAUREL_DATABASE_URL", &app.database_url)
        .output()
        .unwrap();
    assert!(!no_round.status.success());
    assert!(String::from_utf8_lossy(&no_round.stderr).contains("has no round 3 reached so far"));

    let planning = laurel::db::assignments::planning_input(app.db(), id)
        .await
        .unwrap();
    assert_eq!(planning.submissions.len(), 3);
    let conflicts = chair.get(&format!("/jury/editions/{id}/conflicts")).await;
    assert_eq!(conflicts.status, Status::Ok, "{}", conflicts.body);
    for (n, title) in TITLES.iter().enumerate() {
        let shortlisted = [0, 1, 3].contains(&n);
        assert_eq!(conflicts.body.contains(title), shortlisted, "{title}");
    }
    let audit = laurel::db::audit::for_subject(app.db(), "edition", &id.to_string())
        .await
        .unwrap();
    let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"rounds.planned"));
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == "shortlist.recorded")
            .count(),
        2
    );
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == "shortlist.confirmed")
            .count(),
        1
    );
}

#[rocket::async_test]
async fn two_recordings_of_the_shortlist_from_one_reading_at_once_keep_one_whole_and_refuse_the_other()
 {
    let app = Arc::new(TestApp::spawn().await);
    let (id, subs) = committee_done(&app).await;
    let path = format!("/secretariat/editions/{id}/shortlist");
    let mut requests = Vec::new();
    let readers = [
        (&subs[..3], "", ""),
        (
            &[subs[0], subs[1], subs[3]][..],
            "Its partner city withdrew.",
            "Strong diaspora work.",
        ),
    ];
    for (picked, left_out, taken_in) in readers {
        let mut sec = app.logged_in(SECRETARIAT).await;
        let read = read_recorded_at(&sec.get(&path).await.body);
        assert_eq!(read, "", "nothing recorded yet");
        let picked: Vec<String> = picked.iter().map(i32::to_string).collect();
        let mut fields: Vec<(String, String)> = picked
            .iter()
            .map(|s| ("shortlisted".to_owned(), s.clone()))
            .collect();
        fields.push((format!("reasons[{}]", subs[2]), left_out.to_owned()));
        fields.push((format!("reasons[{}]", subs[3]), taken_in.to_owned()));
        fields.push(("read_recorded_at".to_owned(), read));
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        requests.push(sec.prepare_post(&path, &fields).await);
    }
    let answers = all_at_once(&app, requests).await;
    let mut statuses: Vec<u16> = answers.iter().map(|a| a.status.code).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 409], "{answers:?}");
    let round = laurel::db::rounds::current(app.db(), id).await.unwrap();
    let kept = laurel::db::shortlists::choices(app.db(), round.id)
        .await
        .unwrap();
    let shortlisted: Vec<i32> = kept
        .iter()
        .filter(|c| c.shortlisted)
        .map(|c| c.submission_id)
        .collect();
    let first_won = answers[0].status == Status::SeeOther;
    if first_won {
        assert_eq!(shortlisted, subs[..3]);
        assert!(kept.iter().all(|c| c.reason.is_empty()));
    } else {
        assert_eq!(shortlisted, [subs[0], subs[1], subs[3]]);
        assert_eq!(kept[2].reason, "Its partner city withdrew.");
        assert_eq!(kept[3].reason, "Strong diaspora work.");
    }
    let audit = laurel::db::audit::for_subject(app.db(), "edition", &id.to_string())
        .await
        .unwrap();
    let recordings = audit
        .iter()
        .filter(|e| e.action == "shortlist.recorded")
        .count();
    assert_eq!(recordings, 1, "one recording, whole");
}

#[rocket::async_test]
async fn a_shortlist_in_rank_order_needs_no_reason_and_two_confirmations_at_once_close_the_round_once()
 {
    let app = Arc::new(TestApp::spawn().await);
    let (id, subs) = committee_done(&app).await;
    let mut sec = app.logged_in(SECRETARIAT).await;
    let path = format!("/secretariat/editions/{id}/shortlist");
    let picked: Vec<String> = subs[..3].iter().map(i32::to_string).collect();
    let recorded = sec.post(&path, &shortlist_fields(&picked, &[])).await;
    assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);

    let chair_path = format!("/jury/editions/{id}/shortlist");
    let mut requests = Vec::new();
    for _ in 0..2 {
        let mut chair = app.logged_in(CHAIR).await;
        let read = chair.get(&chair_path).await;
        let marker = "name=\"recorded_at\" value=\"";
        let start = read.body.find(marker).unwrap() + marker.len();
        let version = read.body[start..start + read.body[start..].find('"').unwrap()].to_owned();
        requests.push(
            chair
                .prepare_post(&chair_path, &[("recorded_at", &version)])
                .await,
        );
    }
    let answers = all_at_once(&app, requests).await;
    assert!(
        answers
            .iter()
            .all(|a| a.status != Status::InternalServerError),
        "{answers:?}"
    );
    let audit = laurel::db::audit::for_subject(app.db(), "edition", &id.to_string())
        .await
        .unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "shortlist.confirmed")
            .count(),
        1
    );
    let next_round = audit
        .iter()
        .filter(|e| e.action == "edition.next_round")
        .count();
    assert_eq!(next_round, 1);
}

#[rocket::async_test]
async fn the_rounds_are_checked_field_by_field_and_fixed_once_the_evaluation_begins() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, SECRETARIAT).await;
    let closes = app.clock().now() + Duration::days(5);
    let edition = crate::fixtures::edition(&app, closes, EditionStatus::Draft).await;
    let id = edition.id;
    let jury_id = laurel::db::rounds::current_id(app.db(), id)
        .await
        .unwrap()
        .to_string();
    let mut sec = app.logged_in(SECRETARIAT).await;
    let path = format!("/secretariat/editions/{id}/rounds");
    let version = version_in(&sec.get(&path).await.body);
    let refused = sec
        .post(
            &path,
            &[
                ("version", &version),
                ("action", "save"),
                ("rounds[0].name", "Jury"),
                ("rounds[0].jurors_per_submission", "two"),
                ("rounds[0].shortlist", "eight"),
                ("rounds[0].scoring_deadline", "2027-06-20T12:00"),
                ("rounds[0].peer_scores", "sometimes"),
                ("rounds[0].rubric", "no-such-rubric"),
                ("rounds[1].id", &jury_id),
                ("rounds[1].name", "jury"),
                ("rounds[1].scoring_deadline", "2027-06-10T12:00"),
                ("rounds[1].jurors_per_submission", "3"),
            ],
        )
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    for problem in [
        "Round 1: between 1 and 20 jurors per submission",
        "Round 1: give the shortlist&#39;s size as a whole number",
        "Round 2: another round is already called “jury”",
        "Round 2: scorecards are due after those of the rounds before it",
        "Round 1: choose when panel members see each other&#39;s scores",
        "Round 1: choose a rubric from the list.",
    ] {
        assert!(
            refused.body.contains(problem),
            "{problem}: {}",
            refused.body
        );
    }
    assert!(
        refused.body.contains("value=\"eight\""),
        "typed values come back"
    );
    assert_eq!(
        laurel::db::rounds::of_edition(app.db(), id)
            .await
            .unwrap()
            .len(),
        1,
        "nothing saved"
    );

    crate::fixtures::advance(&app, id, EditionStatus::JuryEvaluation).await;
    let page = sec.get(&path).await;
    assert!(
        page.body
            .contains("The rounds are fixed once the evaluation begins")
    );
    assert!(!page.body.contains("rounds[0].name"));
    let late = sec
        .post(
            &path,
            &[
                ("action", "save"),
                ("rounds[0].id", &jury_id),
                ("rounds[0].name", "Grand jury"),
                ("rounds[0].jurors_per_submission", "3"),
            ],
        )
        .await;
    assert_eq!(late.status, Status::Conflict);
    let rounds = laurel::db::rounds::of_edition(app.db(), id).await.unwrap();
    assert_eq!(rounds[0].name, None, "unchanged");
}

#[rocket::async_test]
async fn a_juror_on_both_panels_with_a_disqualifying_conflict_meets_nothing_of_it_in_either_round()
{
    let app = TestApp::spawn().await;
    let (id, subs) = committee_done(&app).await;
    let hidden = crate::leaks::Hidden {
        edition: id,
        title: TITLES[0],
        summary: &format!("{}: residents plan", TITLES[0]),
    };
    // The check can fail: a committee member without the conflict meets the submission.
    let mut free = app.logged_in(MEMBERS[0]).await;
    assert!(free.get("/jury").await.body.contains(TITLES[0]));

    let mut conflicted = app.logged_in(MEMBERS[1]).await;
    let walked = crate::leaks::walk_hiding(&app, &mut conflicted, "committee", &hidden).await;
    assert!(walked > 100, "{walked} addresses");
    shortlist_in_rank_order(&app, id, &subs).await;

    let actor = id_of(&app, SECRETARIAT).await;
    let mut jury = Vec::new();
    for (email, role) in [(CHAIR, JuryRole::Chair), (MEMBERS[1], JuryRole::Rapporteur)] {
        jury.push(add_to_panel(&app, id, email, role, actor).await);
    }
    let now = app.clock().now();
    for &sid in &subs[..3] {
        for &juror in &jury {
            let refused = laurel::db::assignments::add_manual(app.db(), id, juror, sid, actor, now)
                .await
                .is_err();
            assert_eq!(refused, juror == jury[1] && sid == subs[0]);
        }
    }
    let mut conflicted = app.logged_in(MEMBERS[1]).await;
    let dashboard = conflicted.get("/jury").await;
    assert!(dashboard.body.contains(TITLES[1]), "round 2 work is there");
    crate::leaks::walk_hiding(&app, &mut conflicted, "jury", &hidden).await;
    crate::fixtures::advance(&app, id, EditionStatus::Consensus).await;
    crate::leaks::walk_hiding(&app, &mut conflicted, "jury's consensus", &hidden).await;

    let mut sec = app.logged_in(SECRETARIAT).await;
    let (status, conflicts) = sec
        .get_bytes(&format!("/secretariat/editions/{id}/export/conflicts.csv"))
        .await;
    assert_eq!(status, Status::Ok);
    let conflicts = String::from_utf8(conflicts).unwrap();
    let lines: Vec<&str> = conflicts.lines().collect();
    assert!(lines[0].ends_with(",decided_at,round"), "{}", lines[0]);
    let declared: Vec<&&str> = lines.iter().filter(|l| l.contains(TITLES[0])).collect();
    assert_eq!(declared.len(), 1, "{conflicts}");
    assert!(
        declared[0].ends_with(",1"),
        "declared in round 1: {}",
        declared[0]
    );
}

/// The feedback page of the application of `TITLES[n]`, as its applicant sees it.
async fn feedback_of(app: &TestApp, n: usize, sid: i32) -> String {
    let mut applicant = app.browser().await;
    let email = format!("applicant{n}@example.org");
    applicant.login(&email, "a long applicant password").await;
    let page = applicant
        .get(&format!("/applicant/applications/{sid}/feedback"))
        .await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    page.body
}

/// Records the shortlist in rank order (the first three) and has the chair confirm it.
async fn shortlist_in_rank_order(app: &TestApp, id: i32, subs: &[i32]) {
    let mut sec = app.logged_in(SECRETARIAT).await;
    let picked: Vec<String> = subs[..3].iter().map(i32::to_string).collect();
    let recorded = sec
        .post(
            &format!("/secretariat/editions/{id}/shortlist"),
            &shortlist_fields(&picked, &[]),
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);
    let round = laurel::db::rounds::current(app.db(), id).await.unwrap();
    let chair = laurel::db::users::find_for_login(app.db(), CHAIR)
        .await
        .unwrap()
        .unwrap()
        .0;
    laurel::db::shortlists::confirm(
        app.db(),
        round.id,
        round.shortlist_recorded_at.unwrap(),
        chair.id,
        app.clock().now(),
    )
    .await
    .unwrap();
}

#[rocket::async_test]
async fn an_applicant_left_out_learns_it_once_the_shortlist_is_confirmed_when_the_round_says_so() {
    let app = TestApp::spawn().await;
    let (id, subs) = committee_done_telling(&app, true).await;
    let before = feedback_of(&app, 4, subs[4]).await;
    assert!(before.contains("Feedback comes when the winners are announced."));
    shortlist_in_rank_order(&app, id, &subs).await;
    let left_out = feedback_of(&app, 4, subs[4]).await;
    assert!(
        left_out.contains("Your application was not shortlisted in round 1, “Technical committee”"),
        "{left_out}"
    );
    assert!(
        left_out.contains("That round had no consensus step, so its panel gives no scores"),
        "the committee's round had no consensus step"
    );
    assert!(!left_out.contains("/winners"), "the winners are not out");
    let shortlisted = feedback_of(&app, 0, subs[0]).await;
    assert!(shortlisted.contains("Feedback comes when the winners are announced."));
}

#[rocket::async_test]
async fn by_default_an_applicant_left_out_learns_it_with_the_winners() {
    let app = TestApp::spawn().await;
    let (id, subs) = committee_done(&app).await;
    shortlist_in_rank_order(&app, id, &subs).await;
    let page = feedback_of(&app, 4, subs[4]).await;
    assert!(page.contains("Feedback comes when the winners are announced."));
    assert!(!page.contains("not shortlisted"));
    crate::fixtures::advance(&app, id, EditionStatus::Announced).await;
    let page = feedback_of(&app, 4, subs[4]).await;
    assert!(
        page.contains("Your application was not shortlisted in round 1, “Technical committee”"),
        "{page}"
    );
}

#[rocket::async_test]
async fn the_api_reads_the_rounds_records_the_shortlist_and_the_chair_confirms_it() {
    use crate::api::{exchange, make_token};
    use rocket::http::Method;
    use serde_json::json;
    let app = TestApp::spawn().await;
    let (id, subs) = committee_done(&app).await;
    let mut sec = app.logged_in(SECRETARIAT).await;
    let sec_token = make_token(&mut sec, "rounds", "read_write").await;
    let mut chair = app.logged_in(CHAIR).await;
    let chair_token = make_token(&mut chair, "chair", "read_write").await;
    let rounds_path = format!("/api/v1/editions/{id}/rounds");
    let (status, rounds) = exchange(&app, Method::Get, &rounds_path, &sec_token, None).await;
    assert_eq!(status, 200, "{rounds}");
    assert_eq!(rounds[0]["name"], "Technical committee");
    assert_eq!(rounds[0]["shortlist"], 3);
    assert_eq!(rounds[0]["current"], true);
    assert_eq!(rounds[0]["peer_scores"], "after_own_scorecard");
    assert_eq!(rounds[1]["peer_scores"], serde_json::Value::Null);
    assert_eq!(rounds[1]["shortlist"], serde_json::Value::Null);
    assert_eq!(
        rounds[0]["rubric"],
        serde_json::Value::Null,
        "the edition's"
    );
    let plan = json!({"rounds": [{"name": "Jury", "jurors_per_submission": 3}]});
    let (status, fixed) = exchange(&app, Method::Put, &rounds_path, &sec_token, Some(plan)).await;
    assert_eq!(status, 409, "{fixed}");
    assert_eq!(fixed["code"], "rounds_fixed");

    let path = format!("/api/v1/editions/{id}/shortlist");
    let (status, cut) = exchange(&app, Method::Get, &path, &sec_token, None).await;
    assert_eq!(status, 200, "{cut}");
    let lines = cut["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[2]["above_line"], true);
    assert_eq!(lines[3]["above_line"], false);
    assert!(lines[0]["p_in_shortlist"].as_f64().is_some());
    let choices = |reason: &str| {
        json!({"choices": [
            {"submission_id": subs[0], "shortlisted": true},
            {"submission_id": subs[1], "shortlisted": true},
            {"submission_id": subs[4], "shortlisted": true, "reason": reason},
        ]})
    };
    let (status, refused) = exchange(&app, Method::Put, &path, &sec_token, Some(choices(""))).await;
    assert_eq!(status, 422, "{refused}");
    let fields = refused["fields"].as_object().unwrap();
    assert!(
        fields.contains_key(&format!("reason-{}", subs[2])),
        "{refused}"
    );
    assert!(
        fields.contains_key(&format!("reason-{}", subs[4])),
        "{refused}"
    );
    let (status, refused) = exchange(
        &app,
        Method::Put,
        &path,
        &sec_token,
        Some(choices(
            "Its partner cities asked to be judged with the jury.",
        )),
    )
    .await;
    assert_eq!(
        status, 422,
        "place 3 left out still needs a reason: {refused}"
    );
    let mut with_both = choices("Its partner cities asked to be judged with the jury.");
    with_both["choices"]
        .as_array_mut()
        .unwrap()
        .push(json!({"submission_id": subs[2], "shortlisted": false, "reason": "Withdrawn."}));
    let (status, recorded) = exchange(&app, Method::Put, &path, &sec_token, Some(with_both)).await;
    assert_eq!(status, 200, "{recorded}");
    let version = recorded["recorded_at"].as_str().unwrap().to_owned();
    let in_order = json!({"choices": [
        {"submission_id": subs[0], "shortlisted": true},
        {"submission_id": subs[1], "shortlisted": true},
        {"submission_id": subs[2], "shortlisted": true},
    ], "read_recorded_at": ""});
    let (status, refused) = exchange(&app, Method::Put, &path, &sec_token, Some(in_order)).await;
    assert_eq!(status, 409, "read before the recording: {refused}");
    assert_eq!(refused["code"], "shortlist_changed");

    let confirm = format!("/api/v1/editions/{id}/shortlist/confirm");
    let stale = json!({"recorded_at": "2020-01-01T00:00:00Z"});
    let (status, refused) = exchange(&app, Method::Post, &confirm, &chair_token, Some(stale)).await;
    assert_eq!(status, 409, "{refused}");
    assert_eq!(refused["code"], "shortlist_changed");
    let (status, refused) = exchange(
        &app,
        Method::Post,
        &confirm,
        &sec_token,
        Some(json!({"recorded_at": version})),
    )
    .await;
    assert_eq!(
        status, 403,
        "the secretariat records, the chair confirms: {refused}"
    );
    let (status, rounds) = exchange(
        &app,
        Method::Post,
        &confirm,
        &chair_token,
        Some(json!({"recorded_at": version})),
    )
    .await;
    assert_eq!(status, 200, "{rounds}");
    assert_eq!(rounds[1]["current"], true);
    assert!(rounds[0]["closed_at"].is_string());
    let mut entering: Vec<i32> = laurel::db::assignments::eligible_submissions(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    entering.sort_unstable();
    let mut expected = vec![subs[0], subs[1], subs[4]];
    expected.sort_unstable();
    assert_eq!(entering, expected);

    let ranking = format!("/api/v1/editions/{id}/exports/ranking?round=1");
    let (status, committee) = exchange(&app, Method::Get, &ranking, &sec_token, None).await;
    assert_eq!(status, 200, "{committee}");
    let rows = committee["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().all(|r| r["round"] == "1"), "{committee}");
    let (_, csv) = sec
        .get_bytes(&format!(
            "/secretariat/editions/{id}/export/ranking.csv?round=1"
        ))
        .await;
    let csv = String::from_utf8(csv).unwrap();
    for row in rows {
        let title = row["title"].as_str().unwrap();
        assert!(csv.contains(title), "the CSV has {title}");
    }
    for bad in ["0", "first", "1&round=2"] {
        let path = format!("/api/v1/editions/{id}/exports/scores?round={bad}");
        let (status, refused) = exchange(&app, Method::Get, &path, &sec_token, None).await;
        assert_eq!(status, 422, "round={bad}: {refused}");
        assert!(refused["fields"]["round"].is_string(), "{refused}");
    }
    let path = format!("/api/v1/editions/{id}/ranking?round=1");
    let (status, ranked) = exchange(&app, Method::Get, &path, &sec_token, None).await;
    assert_eq!(status, 200, "{ranked}");
    assert_eq!(ranked["round"], 1);
    assert_eq!(ranked["ranking"].as_array().unwrap().len(), 5);
    let path = format!("/api/v1/editions/{id}/ranking?round=zero");
    let (status, _) = exchange(&app, Method::Get, &path, &sec_token, None).await;
    assert_eq!(status, 422);
    let path = format!("/api/v1/editions/{id}/exports/method?round=3");
    let (status, _) = exchange(&app, Method::Get, &path, &sec_token, None).await;
    assert_eq!(status, 404, "no third round");
    let path = format!("/api/v1/editions/{id}/exports/method?round=1");
    let (status, sheet) = exchange(&app, Method::Get, &path, &sec_token, None).await;
    assert_eq!(status, 200, "{sheet}");
    let value = |key: &str| {
        sheet["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == key)
            .map(|r| r["value"].as_str().unwrap().to_owned())
            .unwrap_or_else(|| panic!("{key} in {sheet}"))
    };
    assert_eq!(value("round"), "1");
    assert_eq!(value("round_name"), "Technical committee");
    assert_eq!(value("round_outcome"), "shortlist");
    assert_eq!(value("round_shortlist_size"), "3");
    assert!(!value("round_closed_at").is_empty());
    let (_, jury_sheet) = exchange(
        &app,
        Method::Get,
        &format!("/api/v1/editions/{id}/exports/method"),
        &sec_token,
        None,
    )
    .await;
    assert!(
        jury_sheet["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["key"] == "round_outcome" && r["value"] == "prizes"),
        "{jury_sheet}"
    );
}

/// A two-round edition in the jury's round, the committee having recorded a consensus on the
/// first submission, and the committee's chair on the jury too, assigned to it: the chair's
/// round-2 scorecard of the first submission.
async fn jury_scorecard(app: &TestApp, jury_reads_consensus: bool) -> String {
    let plan = Plan {
        committee_consensus: true,
        jury_reads_consensus,
        ..Plan::default()
    };
    let (id, subs) = committee_done_with(app, plan).await;
    let mut chair = app.logged_in(CHAIR).await;
    let convincing = |key: &str| format!("Committee on {key}: convincing.");
    record_consensus(&mut chair, subs[0], (&CRITERIA, "4"), convincing).await;
    shortlist_in_rank_order(app, id, &subs).await;
    let actor = id_of(app, SECRETARIAT).await;
    let juror = add_to_panel(app, id, CHAIR, JuryRole::Member, actor).await;
    let now = app.clock().now();
    laurel::db::assignments::add_manual(app.db(), id, juror, subs[0], actor, now)
        .await
        .unwrap();
    let card = laurel::db::assignments::list(app.db(), id).await.unwrap()[0].id;
    let page = chair.get(&format!("/jury/assignments/{card}")).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    page.body
}

#[rocket::async_test]
async fn the_jury_reads_the_committees_consensus_comments_when_its_round_says_so() {
    let app = TestApp::spawn().await;
    let page = jury_scorecard(&app, true).await;
    assert!(
        page.contains("The previous round&#39;s consensus"),
        "{page}"
    );
    assert!(page.contains("Committee on resident_participation: convincing."));
    assert!(page.contains("1. Technical committee"));
}

#[rocket::async_test]
async fn by_default_the_jury_does_not_read_the_committees_consensus() {
    let app = TestApp::spawn().await;
    let page = jury_scorecard(&app, false).await;
    assert!(!page.contains("Committee on resident_participation"));
    assert!(!page.contains("The previous round&#39;s consensus"));
}

/// The id of the account with `email`.
async fn id_of(app: &TestApp, email: &str) -> i32 {
    laurel::db::users::find_for_login(app.db(), email)
        .await
        .unwrap()
        .unwrap()
        .0
        .id
}

/// The version of the rounds a rounds form was filled from.
fn version_in(body: &str) -> String {
    let marker = "name=\"version\" value=\"";
    let start = body.find(marker).expect("a version") + marker.len();
    body[start..start + body[start..].find('"').unwrap()].to_owned()
}

#[rocket::async_test]
async fn two_saves_of_the_rounds_from_one_version_at_once_keep_one_and_give_the_other_back() {
    let app = Arc::new(TestApp::spawn().await);
    app.account(Role::Secretariat, SECRETARIAT).await;
    let closes = app.clock().now() + Duration::days(5);
    let edition = crate::fixtures::edition(&app, closes, EditionStatus::Draft).await;
    let id = edition.id;
    let jury_id = laurel::db::rounds::current_id(app.db(), id)
        .await
        .unwrap()
        .to_string();
    let path = format!("/secretariat/editions/{id}/rounds");
    let mut requests = Vec::new();
    for name in ["Grand jury", "Final jury"] {
        let mut sec = app.logged_in(SECRETARIAT).await;
        let version = version_in(&sec.get(&path).await.body);
        let fields = [
            ("version", version.as_str()),
            ("action", "save"),
            ("rounds[0].id", &jury_id),
            ("rounds[0].name", name),
            ("rounds[0].jurors_per_submission", "3"),
        ];
        requests.push(sec.prepare_post(&path, &fields).await);
    }
    let answers = all_at_once(&app, requests).await;
    let statuses: Vec<u16> = answers.iter().map(|a| a.status.code).collect();
    let saved = answers.iter().position(|a| a.status == Status::SeeOther);
    let refused = answers.iter().position(|a| a.status == Status::Conflict);
    assert!(saved.is_some() && refused.is_some(), "{statuses:?}");
    let (saved, refused) = (saved.unwrap(), refused.unwrap());
    let kept = ["Grand jury", "Final jury"][saved];
    let lost = ["Grand jury", "Final jury"][refused];
    let body = &answers[refused].body;
    assert!(body.contains("The rounds were changed elsewhere"), "{body}");
    assert!(
        body.contains(&format!("value=\"{lost}\"")),
        "what was typed comes back"
    );
    assert!(
        body.contains(&format!("1. {kept}")),
        "the rounds now are shown"
    );
    let rounds = laurel::db::rounds::of_edition(app.db(), id).await.unwrap();
    assert_eq!(rounds[0].name.as_deref(), Some(kept));
}

#[rocket::async_test]
async fn a_committee_scores_against_its_own_rubric_and_the_jury_against_the_editions() {
    let app = TestApp::spawn().await;
    let plan = Plan {
        committee_rubric: true,
        committee_consensus: true,
        jury_reads_consensus: true,
        ..Plan::default()
    };
    let (id, subs) = committee_done_with(&app, plan).await;
    let rounds = laurel::db::rounds::of_edition(app.db(), id).await.unwrap();
    assert!(rounds[0].rubric_id.is_some(), "the committee's own rubric");
    assert!(rounds[1].rubric_id.is_none(), "the jury's is the edition's");

    let member = id_of(&app, MEMBERS[0]).await;
    let card = laurel::db::assignments::list(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.juror_id == member)
        .unwrap()
        .id;
    let mut committee_member = app.logged_in(MEMBERS[0]).await;
    let page = committee_member
        .get(&format!("/jury/assignments/{card}"))
        .await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(page.body.contains("Partnership quality"));
    assert!(
        !page
            .body
            .contains("name=\"scores[resident_participation]\"")
    );

    let mut chair = app.logged_in(CHAIR).await;
    let consensus = chair.get(&format!("/jury/consensus/{}", subs[0])).await;
    assert!(
        consensus.body.contains("Learning and transfer"),
        "{}",
        consensus.body
    );
    let convincing = |key: &str| format!("Committee on {key}: convincing.");
    record_consensus(&mut chair, subs[0], (&SMALL_CRITERIA, "4"), convincing).await;

    let mut sec = app.logged_in(SECRETARIAT).await;
    let results = sec
        .get(&format!("/secretariat/editions/{id}/results"))
        .await;
    assert_eq!(results.status, Status::Ok, "{}", results.body);
    assert!(results.body.contains("Partnership quality"));
    let (_, scores) = sec
        .get_bytes(&format!("/secretariat/editions/{id}/export/scores.csv"))
        .await;
    let scores = String::from_utf8(scores).unwrap();
    let criteria: std::collections::BTreeSet<&str> = scores
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(4).unwrap())
        .collect();
    assert_eq!(
        criteria,
        SMALL_CRITERIA.into_iter().collect(),
        "the committee's scores are on its rubric"
    );
    let (_, sheet) = sec
        .get_bytes(&format!("/secretariat/editions/{id}/export/method.csv"))
        .await;
    assert!(
        String::from_utf8(sheet)
            .unwrap()
            .contains("rubric_key,city-partnership-small"),
        "the method sheet names the round's rubric"
    );

    shortlist_in_rank_order(&app, id, &subs).await;
    let actor = id_of(&app, SECRETARIAT).await;
    let juror = add_to_panel(&app, id, CHAIR, JuryRole::Member, actor).await;
    let now = app.clock().now();
    laurel::db::assignments::add_manual(app.db(), id, juror, subs[0], actor, now)
        .await
        .unwrap();
    let added = laurel::db::assignments::list(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.juror_id == juror)
        .unwrap()
        .id;
    let page = chair.get(&format!("/jury/assignments/{added}")).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(
        page.body
            .contains("name=\"scores[resident_participation]\""),
        "the jury scores against the edition's rubric"
    );
    assert!(
        page.body
            .contains("Committee on partnership_quality: convincing."),
        "the committee's comments, named by its own criteria"
    );
    let (_, sheet) = sec
        .get_bytes(&format!(
            "/secretariat/editions/{id}/export/method.csv?round=1"
        ))
        .await;
    assert!(
        String::from_utf8(sheet)
            .unwrap()
            .contains("rubric_key,city-partnership-small")
    );
    let (_, sheet) = sec
        .get_bytes(&format!("/secretariat/editions/{id}/export/method.csv"))
        .await;
    assert!(
        String::from_utf8(sheet)
            .unwrap()
            .contains("rubric_key,platforma")
    );
}

#[rocket::async_test]
async fn a_two_round_edition_goes_from_the_call_to_the_announced_winners() {
    let app = TestApp::spawn().await;
    let plan = Plan {
        at_once: true,
        ..Plan::default()
    };
    let (id, subs) = committee_done_with(&app, plan).await;
    assert_eq!(id, 1, "the decision helpers address edition 1");
    shortlist_in_rank_order(&app, id, &subs).await;

    let actor = id_of(&app, SECRETARIAT).await;
    let mut jury = Vec::new();
    for (email, role) in [
        (CHAIR, JuryRole::Chair),
        (MEMBERS[0], JuryRole::Member),
        ("third.juror@example.org", JuryRole::Member),
    ] {
        jury.push(add_to_panel(&app, id, email, role, actor).await);
    }
    let now = app.clock().now();
    for &sid in &subs[..3] {
        for &juror in &jury {
            laurel::db::assignments::add_manual(app.db(), id, juror, sid, actor, now)
                .await
                .unwrap();
        }
    }
    let cards = laurel::db::assignments::list(app.db(), id).await.unwrap();
    assert_eq!(
        cards.len(),
        9,
        "the jury's round: three shortlisted, three jurors"
    );
    for row in cards {
        let place = subs.iter().position(|s| *s == row.submission_id).unwrap();
        let half_points = i16::try_from(8 - 2 * place).unwrap();
        submit_scorecard(
            &app,
            row.id,
            (&CRITERIA, half_points),
            "Scored by the jury.",
        )
        .await;
    }
    crate::fixtures::advance(&app, id, EditionStatus::Consensus).await;
    let mut chair = app.logged_in(CHAIR).await;
    for (place, &sid) in subs[..3].iter().enumerate() {
        let score = (4 - place).to_string();
        let said = |key: &str| format!("The jury on {key}.");
        record_consensus(&mut chair, sid, (&CRITERIA, &score), said).await;
    }

    let mut sec = app.logged_in(SECRETARIAT).await;
    let results = sec
        .get(&format!("/secretariat/editions/{id}/results"))
        .await;
    assert_eq!(results.status, Status::Ok, "{}", results.body);
    assert!(results.body.contains("2. Jury"));
    let first = crate::decisions::fields(&app, subs[0], "first", "for", false).await;
    let decided = crate::decisions::decide(&mut sec, &first).await;
    assert_eq!(decided.status, Status::SeeOther, "{}", decided.body);
    let confirmed = chair
        .post(&format!("/jury/editions/{id}/decisions/confirm"), &[])
        .await;
    assert_eq!(confirmed.status, Status::SeeOther, "{}", confirmed.body);
    for to in ["decided", "announced"] {
        let moved = sec
            .post(&format!("/secretariat/editions/{id}/status"), &[("to", to)])
            .await;
        assert_eq!(moved.status, Status::SeeOther, "{to}: {}", moved.body);
    }
    let edition = laurel::db::editions::find(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(edition.status, EditionStatus::Announced);

    let winners = app
        .browser()
        .await
        .get(&format!("/editions/{id}/winners"))
        .await;
    assert_eq!(winners.status, Status::Ok, "{}", winners.body);
    assert!(winners.body.contains(TITLES[0]));
    let left_out = feedback_of(&app, 4, subs[4]).await;
    assert!(left_out.contains("not shortlisted in round 1, “Technical committee”"));
    assert!(left_out.contains("/winners"), "the winners are out");
    let shortlisted = feedback_of(&app, 1, subs[1]).await;
    assert!(!shortlisted.contains("not shortlisted"));
    assert!(
        shortlisted.contains("The jury on resident_participation."),
        "the jury's consensus: {shortlisted}"
    );
    let winner = feedback_of(&app, 0, subs[0]).await;
    assert!(winner.contains("First prize"), "{winner}");
}
