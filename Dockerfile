# Laurel in a container: a build stage with the Rust toolchain, then a small runtime image with
# the one binary (templates, translations and the shipped rubrics are built into it), run as a
# user without privileges, its database and documents in /var/lib/laurel (a volume).
#
#   docker build -t laurel .
#   docker run -p 8000:8000 -e LAUREL_SECRET_KEY="$(openssl rand -base64 32)" \
#       -v laurel-data:/var/lib/laurel laurel
#
# compose.yaml runs two instances on PostgreSQL behind Caddy.

FROM rust:1.95-bookworm AS builder
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY migrations migrations
COPY src src
COPY rubrics rubrics
COPY locales locales
COPY benches benches
RUN cargo build --release --locked --bin laurel

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /var/lib/laurel --shell /usr/sbin/nologin laurel \
    && mkdir -p /var/lib/laurel/data \
    && chown -R laurel:laurel /var/lib/laurel
COPY --from=builder /src/target/release/laurel /usr/local/bin/laurel
COPY --from=builder /src/rubrics /usr/share/laurel/rubrics
ENV LAUREL_ADDRESS=0.0.0.0 \
    LAUREL_PORT=8000 \
    LAUREL_DATABASE_URL=sqlite:///var/lib/laurel/laurel.db?mode=rwc \
    LAUREL_DATA_DIR=/var/lib/laurel/data \
    LAUREL_RUBRICS_DIR=/usr/share/laurel/rubrics
USER laurel
WORKDIR /var/lib/laurel
VOLUME ["/var/lib/laurel"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["curl", "--fail", "--silent", "--show-error", "http://127.0.0.1:8000/healthz"]
ENTRYPOINT ["/usr/local/bin/laurel"]
CMD ["serve"]
