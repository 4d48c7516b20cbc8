# The application image: the official Payara Micro image with our WAR.
#
# Build context: the repository root, after `mvn -DskipTests package` has produced
# app/target/kb.war (see docker/README.md). Only that file and the pre-boot commands are sent
# to the builder (docker/app.Dockerfile.dockerignore).
#
# Configuration comes only from KB_* environment variables at run time (KB_DB_URL,
# KB_DB_USER, KB_DB_PASSWORD, KB_ES_URL, KB_ES_INDEX, KB_ADMIN_PASSWORD,
# KB_INDEXER_MAX_BACKOFF, KB_INDEXER_MAX_ATTEMPTS); nothing is baked in here.
# Without KB_DB_URL the app falls back to an embedded H2 file under ./data, i.e.
# /opt/payara/data inside the container, which disappears with the container:
# run it with PostgreSQL, as docker/compose.yaml does.

# Same Payara Micro version as the build (payara.version in pom.xml), on JDK 17.
FROM payara/micro:6.2025.10-jdk17

COPY --chown=payara:payara app/target/kb.war /opt/payara/deployments/kb.war
# Server settings every start uses (e.g. the request header size): see that file.
COPY --chown=payara:payara app/src/main/payara/pre-boot-commands.asadmin /opt/payara/config/pre-boot-commands.asadmin

# The base image already runs as its unprivileged user; stated here so it stays that way.
USER payara

EXPOSE 8080

# The base image's entrypoint runs `java ... -jar payara-micro.jar "$@"` with a heap of
# 70% of the container's memory limit (MEM_MAX_RAM_PERCENTAGE). These are its arguments:
# deploy the WAR at context root "/" and switch off Hazelcast clustering, which the app
# does not use (several instances share the database, not a data grid); apply the app's
# pre-boot settings.
CMD ["--deploy", "/opt/payara/deployments/kb.war", "--contextroot", "/", "--nocluster", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin"]
