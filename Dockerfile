# schemad and schemactl on Debian 12, built with the same install script as CI and the README.
FROM debian:12 AS build
WORKDIR /src
COPY . .
RUN bash scripts/install-deps.sh && BUILD_DIR=/build bash scripts/build.sh

FROM debian:12
COPY scripts/install-deps.sh /tmp/install-deps.sh
# The runtime needs the same shared libraries; the script is idempotent and quiet.
RUN bash /tmp/install-deps.sh && rm -rf /var/lib/apt/lists/* /tmp/install-deps.sh
COPY --from=build /build/schemad /build/schemactl /usr/local/bin/
# The embedded servers' private state directory (server.state_dir), owned by the user that
# runs them; mount a volume here to keep it across restarts.
RUN install -d -o postgres -g postgres -m 0700 /var/lib/schemad
ENV SCHEMAD_STATE_DIR=/var/lib/schemad
USER postgres
EXPOSE 50051 9464
ENTRYPOINT ["/usr/local/bin/schemad"]
CMD ["--config", "/etc/schemad/schemad.yaml"]
