//! The files that install Laurel for real: the container image, the compose file with two
//! instances behind a proxy, the systemd unit and the example configuration. No container runtime
//! runs on the machines the tests run on, so these tests parse the files and check what they
//! promise against the code (every setting, the health check's route, the paths they copy).

use std::collections::BTreeSet;
use std::path::Path;

use laurel::config::AppConfig;
use rocket::figment::Figment;
use rocket::figment::providers::{Format, Toml};
use yaml_rust2::{Yaml, YamlLoader};

fn read(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every key of `AppConfig`, optional ones included.
fn app_settings() -> BTreeSet<String> {
    let every = AppConfig {
        public_url: Some("https://awards.example.org".to_owned()),
        mail_smtp_url: Some("smtp://localhost:25".to_owned()),
        mail_from: Some("Laurel <awards@example.org>".to_owned()),
        ..AppConfig::default()
    };
    serde_json::to_value(&every)
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

/// The settings a configuration file names, set or commented out (`# key = value`).
fn named_settings(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim_start_matches('#').trim();
            let (key, _) = line.split_once(" = ")?;
            key.chars()
                .all(|c| c.is_ascii_lowercase() || c == '_')
                .then(|| key.to_owned())
        })
        .collect()
}

#[test]
fn the_example_configuration_names_every_setting_with_its_default_and_reads_as_written() {
    let text = read("Laurel.example.toml");
    let named = named_settings(&text);
    let rocket_settings = ["address", "port", "secret_key", "ip_header", "log_level"];
    for key in app_settings() {
        assert!(
            named.contains(&key),
            "Laurel.example.toml does not name {key}"
        );
    }
    for key in &named {
        assert!(
            app_settings().contains(key) || rocket_settings.contains(&key.as_str()),
            "{key} is not a setting"
        );
    }
    let figment = Figment::from(rocket::Config::default()).merge(Toml::string(&text));
    let read: AppConfig = figment.extract().unwrap();
    assert_eq!(
        serde_json::to_value(&read).unwrap(),
        serde_json::to_value(AppConfig::default()).unwrap(),
        "the values shown are the defaults"
    );
    let server: rocket::Config = figment.extract().unwrap();
    assert_eq!(server.port, 8000);
    assert_eq!(server.address.to_string(), "127.0.0.1");

    // Every commented-out example is a value of the right type once uncommented.
    let uncommented: String = text
        .lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest) if rest.contains(" = ") && !rest.starts_with("secret_key") => rest,
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let figment = Figment::from(rocket::Config::default()).merge(Toml::string(&uncommented));
    let read: AppConfig = figment.extract().unwrap();
    assert_eq!(
        read.public_url.as_deref(),
        Some("https://awards.example.org")
    );
    assert!(read.mail_smtp_url.is_some() && read.mail_from.is_some());
    let server: rocket::Config = figment.extract().unwrap();
    assert_eq!(
        server.ip_header.as_deref().map(|h| h.as_str()),
        Some("X-Real-IP")
    );
}

/// The instructions of the Dockerfile's stages: (stage name, instruction, arguments), with
/// continued lines joined.
fn docker_instructions(text: &str) -> Vec<(String, String, String)> {
    let mut joined = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') || (line.is_empty() && current.is_empty()) {
            continue;
        }
        match line.strip_suffix('\\') {
            Some(start) => current.push_str(start),
            None => {
                current.push_str(line);
                if !current.trim().is_empty() {
                    joined.push(std::mem::take(&mut current));
                }
            }
        }
    }
    let mut stage = String::new();
    joined
        .into_iter()
        .map(|line| {
            let (instruction, rest) = line.split_once(' ').unwrap_or((&line, ""));
            if instruction == "FROM" {
                stage = rest.rsplit(" AS ").next().unwrap_or_default().to_owned();
            }
            (
                stage.clone(),
                instruction.to_owned(),
                rest.trim().to_owned(),
            )
        })
        .collect()
}

#[rocket::async_test]
async fn the_container_image_builds_the_binary_and_runs_it_unprivileged_with_a_health_check() {
    let instructions = docker_instructions(&read("Dockerfile"));
    let of = |stage: &str, instruction: &str| -> Vec<String> {
        instructions
            .iter()
            .filter(|(s, i, _)| s == stage && i == instruction)
            .map(|(_, _, args)| args.clone())
            .collect()
    };
    let froms: Vec<String> = instructions
        .iter()
        .filter(|(_, i, _)| i == "FROM")
        .map(|(_, _, a)| a.clone())
        .collect();
    assert_eq!(
        froms,
        [
            "rust:1.95-bookworm AS builder",
            "debian:bookworm-slim AS runtime"
        ]
    );
    for copied in of("builder", "COPY") {
        for source in copied.split_whitespace().rev().skip(1) {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(source);
            assert!(path.exists(), "the build copies {source}, which exists");
        }
    }
    assert!(of("builder", "RUN")[0].contains("cargo build --release --locked --bin laurel"));
    assert_eq!(of("runtime", "USER"), ["laurel"], "not root");
    assert!(of("runtime", "RUN")[0].contains("useradd --system --uid 10001"));
    assert_eq!(of("runtime", "VOLUME"), ["[\"/var/lib/laurel\"]"]);
    assert_eq!(of("runtime", "EXPOSE"), ["8000"]);
    let env = of("runtime", "ENV").join(" ");
    for setting in [
        "LAUREL_ADDRESS=0.0.0.0",
        "LAUREL_DATA_DIR=/var/lib/laurel/data",
        "LAUREL_DATABASE_URL=sqlite:///var/lib/laurel/laurel.db?mode=rwc",
    ] {
        assert!(env.contains(setting), "{setting}");
    }
    let health = of("runtime", "HEALTHCHECK").join(" ");
    assert!(health.contains("http://127.0.0.1:8000/healthz"), "{health}");
    let app = crate::helpers::TestApp::spawn().await;
    let answer = app.browser().await.get("/healthz").await;
    assert_eq!(
        answer.status,
        rocket::http::Status::Ok,
        "the health check's route answers"
    );
    assert_eq!(of("runtime", "CMD"), ["[\"serve\"]"]);
}

/// A mapping's value by key, with YAML merge keys (`<<: *anchor`) resolved.
fn get<'a>(map: &'a Yaml, key: &str) -> &'a Yaml {
    let found = &map[key];
    if !found.is_badvalue() {
        return found;
    }
    &map["<<"][key]
}

#[test]
fn the_compose_file_runs_two_instances_on_postgres_behind_a_proxy_that_sets_the_client_address() {
    let docs = YamlLoader::load_from_str(&read("compose.yaml")).unwrap();
    let services = &docs[0]["services"];
    assert!(
        get(&services["db"], "image")
            .as_str()
            .unwrap()
            .starts_with("postgres:")
    );
    let mut data_volumes = BTreeSet::new();
    for name in ["laurel-1", "laurel-2"] {
        let laurel = &services[name];
        assert_eq!(
            get(laurel, "build").as_str(),
            Some("."),
            "{name} is built here"
        );
        let env = get(laurel, "environment");
        let database = env["LAUREL_DATABASE_URL"].as_str().unwrap();
        assert!(database.starts_with("postgres://") && database.contains("@db:5432/"));
        assert_eq!(env["LAUREL_IP_HEADER"].as_str(), Some("X-Real-IP"));
        assert!(
            env["LAUREL_SECRET_KEY"].as_str().unwrap().contains(":?"),
            "the secret key must be given, the same for both"
        );
        let data_dir = env["LAUREL_DATA_DIR"].as_str().unwrap();
        for volume in get(laurel, "volumes").as_vec().unwrap() {
            let volume = volume.as_str().unwrap();
            if volume.ends_with(&format!(":{data_dir}")) {
                data_volumes.insert(volume.to_owned());
            }
        }
        assert_eq!(
            get(laurel, "depends_on")["db"]["condition"].as_str(),
            Some("service_healthy")
        );
    }
    assert_eq!(
        data_volumes.len(),
        1,
        "both instances share one documents volume"
    );

    let proxy = &services["proxy"];
    assert!(proxy["image"].as_str().unwrap().starts_with("caddy:"));
    let mounts: Vec<&str> = proxy["volumes"]
        .as_vec()
        .unwrap()
        .iter()
        .filter_map(Yaml::as_str)
        .collect();
    assert!(mounts.contains(&"./deploy/Caddyfile:/etc/caddy/Caddyfile:ro"));
    let caddyfile = read("deploy/Caddyfile");
    assert!(caddyfile.contains("reverse_proxy laurel-1:8000 laurel-2:8000"));
    assert!(
        caddyfile.contains("header_up X-Real-IP {remote_host}"),
        "the proxy overwrites the client address Laurel trusts"
    );
}

#[test]
fn the_systemd_unit_runs_laurel_unprivileged_in_a_hardened_sandbox() {
    let text = read("deploy/laurel.service");
    let mut section = String::new();
    let mut service: Vec<(String, String)> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_owned();
        } else if section == "Service" {
            let (key, value) = line.split_once('=').unwrap();
            service.push((key.to_owned(), value.to_owned()));
        }
    }
    let value = |key: &str| -> Vec<&str> {
        service
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    assert_eq!(value("User"), ["laurel"]);
    assert_eq!(value("ExecStart"), ["/usr/local/bin/laurel serve"]);
    assert_eq!(value("EnvironmentFile"), ["/etc/laurel/secret.env"]);
    assert_eq!(value("ReadWritePaths"), ["/var/lib/laurel"]);
    assert_eq!(value("CapabilityBoundingSet"), [""], "no capability");
    for (key, expected) in [
        ("NoNewPrivileges", "yes"),
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("PrivateTmp", "yes"),
        ("PrivateDevices", "yes"),
        ("MemoryDenyWriteExecute", "yes"),
        ("RestrictNamespaces", "yes"),
    ] {
        assert_eq!(value(key), [expected], "{key}");
    }
    assert!(text.contains("[Install]") && text.contains("WantedBy=multi-user.target"));
}
