//! The `laurel` command line: serve, migrate, add users, check rubric files, analyse scores, export.

pub mod analyze;
mod bounded;
mod progress;
mod report_text;

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use clap::{Parser, Subcommand};
use migrations::{Migrator, MigratorTrait};
use rocket::figment::Figment;

use crate::config::{AppConfig, figment};
use crate::domain::account::NewAccount;
use crate::domain::password::{check_name, check_password, normalise_email};
use crate::domain::role::Role;
use crate::domain::rubric::{Rubric, RubricError};
use crate::domain::stats::Method;
use crate::{StartupError, build, connecting_line, db, demo, redact_url, rubric_files};

/// Laurel: award competitions for decentralised cooperation.
#[derive(Parser)]
#[command(name = "laurel", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (configured by LAUREL_* variables or Laurel.toml).
    Serve {
        /// Run a complete demo award on 127.0.0.1 with its own database (laurel-demo.db),
        /// creating it on first start; needs no configuration.
        #[arg(long)]
        demo: bool,
        /// How many rounds the demo edition is evaluated in: `two` (a technical committee
        /// shortlisted eight of the fourteen submissions for the jury) or `one` (the jury
        /// alone). Used when the demo is first created.
        #[arg(long, value_enum, default_value = "two", requires = "demo")]
        demo_rounds: demo::DemoRounds,
    },
    /// Apply or roll back database migrations.
    Migrate {
        #[command(subcommand)]
        action: MigrateAction,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Check rubric files.
    Rubric {
        #[command(subcommand)]
        action: RubricAction,
    },
    /// Analyse a CSV of scores (columns project, juror, score; other columns are ignored):
    /// agreement, juror leniency, outliers, rankings by method, and bootstrap uncertainty.
    Analyze {
        /// The CSV file.
        #[arg(long)]
        input: PathBuf,
        /// Aggregation used by the bootstrap, the adjacent-pair probabilities and the tie flags:
        /// mean, median, trimmed_mean, juror_z, bias_corrected, borda or schulze.
        #[arg(long, default_value = "bias_corrected")]
        method: Method,
        /// Bootstrap replicates (0 for none).
        #[arg(long, default_value_t = 2000)]
        bootstrap: usize,
        /// Bootstrap seed: the same seed gives the same figures.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// k of P(top k).
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// json (the contract other tools read) or text (readable tables).
        #[arg(long, value_enum, default_value = "json")]
        format: analyze::Format,
        /// In a long-form file with a `criterion` column (`laurel export --what scores`),
        /// analyse this criterion alone; without it, each juror's weighted total
        /// (sum of score x weight) is analysed, as on the results page.
        #[arg(long)]
        criterion: Option<String>,
    },
    /// Write a CSV export of an edition: the same bytes as the secretariat's download.
    Export {
        /// The edition's id (shown in its address, /secretariat/editions/ID).
        #[arg(long)]
        edition: i32,
        /// What to export.
        #[arg(long, value_enum)]
        what: crate::export::ExportKind,
        /// Excel-friendly: a byte-order mark and `;` between cells.
        #[arg(long)]
        excel: bool,
        /// Jurors by name instead of their stable pseudonym.
        #[arg(long)]
        names: bool,
        /// The round (1 first) whose scores, method sheet, ranking or juror statistics to
        /// export; default: the edition's current round.
        #[arg(long)]
        round: Option<u32>,
        /// The file to write (default: standard output).
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum MigrateAction {
    /// Apply every pending migration.
    Up,
    /// Roll back the most recent migration(s).
    Down {
        /// How many migrations to roll back.
        #[arg(long, default_value_t = 1)]
        steps: u32,
    },
    /// List migrations and whether each is applied.
    Status,
}

#[derive(Subcommand)]
enum UserAction {
    /// Create an account. The password is read from standard input (one line) or asked for
    /// at a prompt; never from the command line.
    Add {
        /// Email address (the login).
        #[arg(long)]
        email: String,
        /// Full name.
        #[arg(long)]
        name: String,
        /// applicant, juror or secretariat.
        #[arg(long)]
        role: Role,
    },
    /// Make a personal API token for an account (as on its account page) and print it once.
    Token {
        /// The account's email address.
        #[arg(long)]
        email: String,
        /// What the token is for.
        #[arg(long)]
        name: String,
        /// read or read_write.
        #[arg(long, default_value = "read")]
        scope: String,
        /// Days it is valid: 7, 30, 90 or 365.
        #[arg(long, default_value = "30")]
        days: String,
    },
}

#[derive(Subcommand)]
enum RubricAction {
    /// Validate rubric files (by default every *.toml in the rubric directory).
    Check {
        /// Files to check.
        files: Vec<PathBuf>,
    },
}

impl clap::ValueEnum for Role {
    fn value_variants<'a>() -> &'a [Self] {
        &Role::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_str()))
    }
}

/// Parses the arguments and runs the command.
pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Serve { demo, demo_rounds } => serve(demo.then_some(demo_rounds)).await,
        Command::Migrate { action } => migrate(action).await,
        Command::User {
            action: UserAction::Add { email, name, role },
        } => add_user(&email, &name, role).await,
        Command::User {
            action:
                UserAction::Token {
                    email,
                    name,
                    scope,
                    days,
                },
        } => make_token(&email, &name, &scope, &days).await,
        Command::Rubric {
            action: RubricAction::Check { files },
        } => return check_rubrics(&files),
        Command::Export {
            edition,
            what,
            excel,
            names,
            round,
            output,
        } => {
            let options = crate::export::CsvOptions { excel, names };
            // Not over a CSV printed to the terminal itself.
            let to_screen = output.is_none() && std::io::stdout().is_terminal();
            let _progress = (!to_screen).then(|| progress::Progress::start("Exporting"));
            export((edition, round), what, options, output.as_deref()).await
        }
        Command::Analyze {
            input,
            method,
            bootstrap,
            seed,
            top,
            format,
            criterion,
        } => {
            let request = analyze::AnalyzeRequest {
                input: &input,
                method,
                bootstrap,
                seed,
                top,
                format,
                criterion: criterion.as_deref(),
            };
            let progress = progress::Progress::start("Analysing");
            let result = analyze::run(&request);
            drop(progress);
            return match result {
                Ok(report) => {
                    println!("{report}");
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    for problem in problems {
                        eprintln!("error: {problem}");
                    }
                    ExitCode::from(2)
                }
            };
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The demo's secret key, generated once and kept beside its database.
fn demo_secret_key() -> Result<String, String> {
    let path = Path::new("laurel-demo.key");
    if let Ok(existing) = std::fs::read_to_string(path) {
        return Ok(existing.trim().to_owned());
    }
    let mut bytes = [0_u8; 64];
    getrandom::fill(&mut bytes).map_err(|e| format!("cannot generate a secret key: {e}"))?;
    let key = STANDARD.encode(bytes);
    std::fs::write(path, &key).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(key)
}

fn demo_figment() -> Result<Figment, String> {
    let mut figment = figment()
        .merge(("address", "127.0.0.1"))
        .merge(("secret_key", demo_secret_key()?));
    if std::env::var_os("LAUREL_DATABASE_URL").is_none() {
        figment = figment.merge(("database_url", "sqlite://laurel-demo.db?mode=rwc"));
    }
    Ok(figment)
}

/// Runs the server; with `demo`, the demo award, evaluated in that many rounds when it is first
/// created.
async fn serve(demo: Option<demo::DemoRounds>) -> Result<(), String> {
    let demo_mode = demo.is_some();
    let figment = if demo_mode {
        demo_figment()?
    } else {
        figment()
    };
    let config: AppConfig = figment.extract().map_err(|e| e.to_string())?;
    eprintln!("{}", connecting_line(&config.database_url));
    let rocket = build(figment).await.map_err(|e| e.to_string())?;
    if let Some(rubrics) = rocket.state::<rubric_files::RubricSet>()
        && *rubrics.source() == rubric_files::RubricSource::BuiltIn
    {
        println!(
            "The rubric directory {} does not exist: using the built-in rubrics ({}).",
            config.rubrics_dir.display(),
            rubrics
                .iter()
                .map(|r| r.key.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let db = rocket
        .state::<sea_orm::DatabaseConnection>()
        .ok_or("the database connection is missing")?;
    let accounts = db::users::count(db).await.map_err(|e| e.to_string())?;
    if let Some(rounds) = demo.filter(|_| accounts == 0) {
        let rubrics = rocket
            .state::<rubric_files::RubricSet>()
            .ok_or("the rubrics are missing")?;
        let rubric = rubrics
            .get("platforma")
            .ok_or("the demo needs the platforma rubric (rubrics/platforma.toml)")?;
        let logins = demo::seed(db, rubric, chrono::Utc::now(), rounds)
            .await
            .map_err(|e| format!("creating the demo award failed: {e}"))?;
        println!(
            "Demo award created in {}.",
            redact_url(&config.database_url)
        );
        for (role, email) in logins.accounts {
            println!("  {role:<16} {email}");
        }
        println!("  every demo account's password: {}", demo::DEMO_PASSWORD);
    } else if demo_mode {
        println!(
            "Using the existing demo data; log in as {} with password {}.",
            demo::SECRETARIAT_EMAIL,
            demo::DEMO_PASSWORD
        );
    } else if db::users::count_active_with_role(db, Role::Secretariat)
        .await
        .map_err(|e| e.to_string())?
        == 0
    {
        println!(
            "No secretariat account exists yet. Create one with:\n  laurel user add --role secretariat --email you@example.org --name \"Your Name\""
        );
    }
    rocket.launch().await.map_err(|e| e.to_string())?;
    Ok(())
}

async fn connect_migrated(migrate: bool) -> Result<sea_orm::DatabaseConnection, String> {
    let config: AppConfig = figment().extract().map_err(|e| e.to_string())?;
    eprintln!("{}", connecting_line(&config.database_url));
    let db = db::connect(&config.database_url, 1, config.database_connect_timeout())
        .await
        .map_err(|e| {
            StartupError::Database {
                url: redact_url(&config.database_url),
                reason: db::describe(&e),
            }
            .to_string()
        })?;
    if migrate {
        db::migrate(&db).await.map_err(|e| e.to_string())?;
    }
    Ok(db)
}

async fn migrate(action: MigrateAction) -> Result<(), String> {
    let db = connect_migrated(false).await?;
    match action {
        MigrateAction::Up => {
            Migrator::up(&db, None).await.map_err(|e| e.to_string())?;
            println!("Every migration is applied.");
        }
        MigrateAction::Down { steps } => {
            Migrator::down(&db, Some(steps))
                .await
                .map_err(|e| e.to_string())?;
            println!("Rolled back {steps} migration(s).");
        }
        MigrateAction::Status => {
            for migration in Migrator::get_migration_with_status(&db)
                .await
                .map_err(|e| e.to_string())?
            {
                println!(
                    "{:<10} {}",
                    migration.status().to_string(),
                    migration.name()
                );
            }
        }
    }
    Ok(())
}

/// Writes an export to a file or to standard output, through the web routes' own writer.
async fn export(
    (edition, round): (i32, Option<u32>),
    what: crate::export::ExportKind,
    options: crate::export::CsvOptions,
    output: Option<&Path>,
) -> Result<(), String> {
    use crate::export::stream::{self, ExportError, Requester};
    let db = connect_migrated(false).await?;
    let by = Requester {
        actor_id: None,
        now: chrono::Utc::now(),
    };
    let refused = |e: ExportError| match e {
        ExportError::NotFound => match round {
            Some(round) => format!("edition {edition} has no round {round} reached so far"),
            None => format!("there is no edition with id {edition}"),
        },
        ExportError::ResultsNotAvailable(why) => {
            crate::i18n::say(crate::domain::language::Lang::EN, &why)
        }
        e => e.to_string(),
    };
    // Checked before any file is created, so that a refusal leaves nothing behind.
    let prepared = stream::prepare(&db, edition, what, round, by)
        .await
        .map_err(refused)?;
    let result = match output {
        Some(path) => {
            let mut file = tokio::fs::File::create(path)
                .await
                .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
            stream::write_prepared(&db, prepared, options, &mut file).await
        }
        None => stream::write_prepared(&db, prepared, options, &mut tokio::io::stdout()).await,
    };
    result.map_err(refused)
}

fn read_password() -> Result<String, String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password (at least 12 characters): ")
            .map_err(|e| e.to_string())?;
        let again = rpassword::prompt_password("Password again: ").map_err(|e| e.to_string())?;
        if first != again {
            return Err("the two passwords are not the same".to_owned());
        }
        Ok(first)
    } else {
        let mut input = String::new();
        std::io::stdin()
            .read_to_string(&mut input)
            .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
        Ok(input.lines().next().unwrap_or_default().to_owned())
    }
}

async fn make_token(email: &str, name: &str, scope: &str, days: &str) -> Result<(), String> {
    let request = crate::domain::api_token::TokenRequest::parse(name, scope, days)
        .map_err(|problems| problems.into_values().collect::<Vec<_>>().join("; "))?;
    let email = normalise_email(email).map_err(|p| format!("--email {p}"))?;
    let db = connect_migrated(true).await?;
    let account = db::users::find_for_login(&db, &email)
        .await
        .map_err(|e| e.to_string())?
        .map(|(account, _)| account)
        .filter(|account| account.active)
        .ok_or_else(|| format!("--email: no active account has the address {email}"))?;
    let issued = crate::app::tokens::issue(&db, &account, &request, chrono::Utc::now())
        .await
        .map_err(|e| e.public_message(crate::domain::language::Lang::EN))?;
    eprintln!(
        "Token \"{}\" for {email} ({}), valid until {}. It is shown once:",
        issued.token.name,
        issued.token.scope.label(),
        issued.token.expires_at.format("%Y-%m-%d %H:%M UTC")
    );
    println!("{}", issued.secret);
    Ok(())
}

async fn add_user(email: &str, name: &str, role: Role) -> Result<(), String> {
    let email = normalise_email(email).map_err(|p| format!("--email {p}"))?;
    let name = check_name(name).map_err(|p| format!("--name {p}"))?;
    let password = read_password()?;
    check_password(&password).map_err(|p| format!("the password {p}"))?;
    let db = connect_migrated(true).await?;
    let account = db::users::create(
        &db,
        NewAccount {
            email,
            name,
            role,
            password,
            language: crate::domain::language::Lang::EN,
        },
        None,
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| e.to_string())?;
    println!(
        "Created the {} account of {} <{}>.",
        account.role, account.name, account.email
    );
    Ok(())
}

/// Which languages a rubric speaks: "languages: en (its own), fr complete, es 40 of 86 texts".
fn languages_line(rubric: &Rubric) -> String {
    let described: Vec<String> = rubric
        .coverage()
        .into_iter()
        .map(|c| {
            if c.language == rubric.language {
                format!("{} (its own)", c.language)
            } else if c.is_complete() {
                format!("{} complete", c.language)
            } else {
                format!("{} {} of {} texts", c.language, c.given, c.total)
            }
        })
        .collect();
    format!("languages: {}", described.join(", "))
}

fn check_rubrics(files: &[PathBuf]) -> ExitCode {
    let dir = figment()
        .extract::<AppConfig>()
        .map(|c| c.rubrics_dir)
        .unwrap_or_else(|_| PathBuf::from("rubrics"));
    let mut checked: Vec<(String, Result<Rubric, Vec<RubricError>>)> = Vec::new();
    if !files.is_empty() {
        for file in files {
            checked.push((file.display().to_string(), rubric_files::load_file(file)));
        }
    } else if !dir.exists() {
        println!(
            "The rubric directory {} does not exist: checking the built-in rubrics.",
            dir.display()
        );
        for (file, source) in rubric_files::BUILT_IN {
            checked.push((
                rubric_files::built_in_name(file),
                rubric_files::load_built_in_file(file, source),
            ));
        }
    } else {
        match rubric_files::rubric_paths(&dir) {
            Ok(paths) => {
                for path in paths {
                    checked.push((path.display().to_string(), rubric_files::load_file(&path)));
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let mut failed = false;
    for (name, outcome) in &checked {
        match outcome {
            Ok(rubric) => println!(
                "ok: {name} ({}, {} criteria; {})",
                rubric.key,
                rubric.criteria.len(),
                languages_line(rubric)
            ),
            Err(errors) => {
                failed = true;
                for error in errors {
                    eprintln!("error: {error}");
                }
            }
        }
    }
    if checked.is_empty() {
        eprintln!("error: no rubric file to check");
        failed = true;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
