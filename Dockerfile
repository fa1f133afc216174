# schemad and schemactl on Debian 12, built with the same install script as CI and the README.
FROM debian:12 AS build
WORKDIR /src
COPY . .
RUN bash scripts/install-deps.sh && BUILD_DIR=/build bash scripts/build.sh
# Server programs of PostgreSQL 16, 17 and 18 (pinned npm packages), for shadows of an
# environment's own major; 15's come from Debian below.
RUN PG_MAJORS_DIR=/opt/pg-majors bash scripts/install-pg-majors.sh 16 17 18

FROM debian:12
COPY scripts/install-deps.sh /tmp/install-deps.sh
# The runtime needs the same shared libraries; the script is idempotent and quiet.
RUN bash /tmp/install-deps.sh && rm -rf /var/lib/apt/lists/* /tmp/install-deps.sh
COPY --from=build /build/schemad /build/schemactl /usr/local/bin/
COPY --from=build /opt/pg-majors /opt/pg-majors
# schemad finds each major's programs there (pg/binaries.h). The npm packages hold no client
# programs: for backups of a 16-18 server, add that major's pg_dump (README, PostgreSQL
# versions) and name its folder in postgres.bin_dirs.
ENV PG_MAJORS_DIR=/opt/pg-majors
# The embedded servers' private state directory (server.state_dir), owned by the user that
# runs them; mount a volume here to keep it across restarts.
RUN install -d -o postgres -g postgres -m 0700 /var/lib/schemad
ENV SCHEMAD_STATE_DIR=/var/lib/schemad
USER postgres
EXPOSE 50051 9464
ENTRYPOINT ["/usr/local/bin/schemad"]
CMD ["--config", "/etc/schemad/schemad.yaml"]
