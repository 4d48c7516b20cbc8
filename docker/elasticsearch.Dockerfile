# Elasticsearch with the project's analysis plugin (kb-analysis: kb_pinyin_strip, kb_width,
# kb_lowercase, kb_t2s, kb_cjk_bigram, kb_synonym, kb_english_stem, kb_icu), so that analysis
# is the same as in development and tests.
#
# Build context: the repository root, after `mvn -DskipTests package` has produced the plugin
# zip (see docker/README.md). Only that file is sent to the builder
# (docker/elasticsearch.Dockerfile.dockerignore).
#
# The plugin is built for exactly this Elasticsearch version (elasticsearch.version in pom.xml,
# and the Lucene jars it bundles match this version's Lucene): change both together.
FROM docker.elastic.co/elasticsearch/elasticsearch:8.19.21

COPY search/analysis-plugin/target/kb-analysis-plugin-0.1.0-SNAPSHOT.zip /tmp/kb-analysis-plugin.zip

# Runs as the image's own unprivileged user (elasticsearch), from /usr/share/elasticsearch.
RUN bin/elasticsearch-plugin install --batch file:///tmp/kb-analysis-plugin.zip
