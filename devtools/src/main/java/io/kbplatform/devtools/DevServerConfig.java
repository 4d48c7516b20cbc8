package io.kbplatform.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Dev server settings, each from an argument, system property, env variable or default. */
record DevServerConfig(
    Path esDistribution,
    List<Path> plugins,
    Path payaraJar,
    Path war,
    Path dataDir,
    int esPort,
    int httpPort,
    String esUrl,
    String esHeap,
    String appHeap,
    String appJavaOptions,
    Path prebootCommands) {

  /** One setting: its argument, system property, environment variable and default. */
  enum Option {
    ES_DISTRIBUTION("es-distribution", "kb.es.distribution", "KB_ES_DISTRIBUTION", null),
    PLUGIN("plugin", "kb.es.plugins", "KB_ES_PLUGINS", ""),
    PAYARA("payara", "kb.payara.jar", "KB_PAYARA_JAR", null),
    WAR("war", "kb.war", "KB_WAR", null),
    DATA_DIR("data-dir", "kb.data.dir", "KB_DATA_DIR", "./data"),
    ES_PORT("es-port", "kb.es.port", "KB_ES_PORT", "9200"),
    HTTP_PORT("http-port", "kb.http.port", "KB_HTTP_PORT", "8080"),
    ES_URL("es-url", "kb.es.url", "KB_ES_URL", null),
    ES_HEAP("es-heap", "kb.es.heap", "KB_ES_HEAP", null),
    APP_HEAP("app-heap", "kb.app.heap", "KB_APP_HEAP", null),
    APP_JAVA_OPTS("app-java-opts", "kb.app.java-opts", "KB_APP_JAVA_OPTS", ""),
    PREBOOT_COMMANDS("preboot-commands", "kb.payara.preboot", "KB_PAYARA_PREBOOT", null);

    final String argument;
    final String property;
    final String variable;
    final String defaultValue;

    Option(String argument, String property, String variable, String defaultValue) {
      this.argument = argument;
      this.property = property;
      this.variable = variable;
      this.defaultValue = defaultValue;
    }

    static Option byArgument(String name) {
      return Arrays.stream(values())
          .filter(o -> o.argument.equals(name))
          .findFirst()
          .orElseThrow(
              () -> new IllegalArgumentException("Unknown option --" + name + "\n" + usage()));
    }
  }

  /**
   * Resolves all settings; throws {@link IllegalArgumentException} with a usage text if invalid.
   */
  static DevServerConfig parse(List<String> args, Map<String, String> env, Properties properties) {
    Map<Option, String> values = fromArguments(args);
    for (Option option : Option.values()) {
      if (!values.containsKey(option)) {
        String value = properties.getProperty(option.property);
        if (isBlank(value)) {
          value = env.get(option.variable);
        }
        if (isBlank(value)) {
          value = option.defaultValue;
        }
        if (!isBlank(value)) {
          values.put(option, value.strip());
        }
      }
    }
    String esUrl = values.get(Option.ES_URL);
    List<Path> plugins = new ArrayList<>();
    for (String plugin : values.getOrDefault(Option.PLUGIN, "").split(",")) {
      if (!plugin.isBlank()) {
        plugins.add(existingFile(Option.PLUGIN, plugin.strip()));
      }
    }
    return new DevServerConfig(
        esUrl == null
            ? existingFile(Option.ES_DISTRIBUTION, values.get(Option.ES_DISTRIBUTION))
            : null,
        List.copyOf(plugins),
        existingFile(Option.PAYARA, values.get(Option.PAYARA)),
        existingFile(Option.WAR, values.get(Option.WAR)),
        Path.of(values.get(Option.DATA_DIR)).toAbsolutePath().normalize(),
        port(Option.ES_PORT, values.get(Option.ES_PORT)),
        port(Option.HTTP_PORT, values.get(Option.HTTP_PORT)),
        esUrl == null ? null : stripTrailingSlash(esUrl),
        heap(Option.ES_HEAP, values.get(Option.ES_HEAP)),
        heap(Option.APP_HEAP, values.get(Option.APP_HEAP)),
        values.getOrDefault(Option.APP_JAVA_OPTS, ""),
        values.get(Option.PREBOOT_COMMANDS) == null
            ? null
            : existingFile(Option.PREBOOT_COMMANDS, values.get(Option.PREBOOT_COMMANDS)));
  }

  /** A heap size such as {@code 512m}; unset, the machine's default ({@link MemorySettings}). */
  private static String heap(Option option, String value) {
    if (isBlank(value)) {
      return MemorySettings.defaultHeap();
    }
    if (!value.matches("[1-9][0-9]*[kKmMgG]")) {
      throw new IllegalArgumentException(
          "--" + option.argument + " must be a size such as 512m: " + value + "\n" + usage());
    }
    return value;
  }

  /** Where the local node keeps its files. */
  Path esWorkDir() {
    return dataDir.resolve("elasticsearch");
  }

  /**
   * The app server: {@code <java> -jar payara-micro.jar --deploy <war> --contextroot / --port
   * <http> --nocluster}, plus {@code --prebootcommandfile <file>} when there is one (the app's
   * server settings), with {@link #payaraEnvironment(String)} added to the inherited environment.
   */
  PayaraMicro payara(Path javaHome, String elasticsearchUrl) {
    PayaraMicro.Builder builder =
        PayaraMicro.builder()
            .javaHome(javaHome)
            .jar(payaraJar)
            .war(war)
            .httpPort(httpPort)
            .prebootCommands(prebootCommands);
    MemorySettings.appJvmOptions(appHeap, appJavaOptions).forEach(builder::jvmOption);
    MemorySettings.APP_ENVIRONMENT.forEach(builder::environment);
    payaraEnvironment(elasticsearchUrl).forEach(builder::environment);
    return builder.build();
  }

  /** The command line of {@link #payara(Path, String)}. */
  List<String> payaraCommand(Path javaHome) {
    return payara(javaHome, "").command();
  }

  /** Environment added to the inherited one for the app. */
  Map<String, String> payaraEnvironment(String elasticsearchUrl) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("KB_ES_URL", elasticsearchUrl);
    environment.put("KB_DATA_DIR", dataDir.toString());
    return environment;
  }

  static String usage() {
    StringBuilder text = new StringBuilder("Usage: DevServer [--name=value ...]\n");
    for (Option option : Option.values()) {
      text.append(
          String.format(
              "  --%-16s -D%-19s env %-19s %s%n",
              option.argument,
              option.property,
              option.variable,
              option.defaultValue == null || option.defaultValue.isEmpty()
                  ? ""
                  : "(default " + option.defaultValue + ")"));
    }
    text.append("Heaps unset: 1/32 of the machine's memory, 256m to 512m (here ")
        .append(MemorySettings.defaultHeap())
        .append("); --app-java-opts are added after the app's defaults.\n");
    return text.append("--plugin may repeat; lists are comma-separated. With --es-url (KB_ES_URL)")
        .append(" no local node is started.")
        .toString();
  }

  private static Map<Option, String> fromArguments(List<String> args) {
    Map<Option, String> values = new EnumMap<>(Option.class);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument '" + arg + "'\n" + usage());
      }
      String name = arg.substring(2);
      String value;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new IllegalArgumentException("Missing value for --" + name + "\n" + usage());
      }
      Option option = Option.byArgument(name);
      values.merge(option, value, (old, add) -> option == Option.PLUGIN ? old + "," + add : add);
    }
    return values;
  }

  private static Path existingFile(Option option, String value) {
    if (isBlank(value)) {
      throw new IllegalArgumentException(
          "Missing --"
              + option.argument
              + " (or -D"
              + option.property
              + ", or env "
              + option.variable
              + ")\n"
              + usage());
    }
    Path path = Path.of(value).toAbsolutePath().normalize();
    // --war may also name an exploded WAR directory (app/target/kb), whose UI files can be edited
    // while the app runs.
    boolean exploded = option == Option.WAR && Files.isDirectory(path.resolve("WEB-INF"));
    if (!Files.isRegularFile(path) && !exploded) {
      throw new IllegalArgumentException("--" + option.argument + ": file not found: " + path);
    }
    return path;
  }

  private static int port(Option option, String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--" + option.argument + ": invalid port '" + value + "'");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
