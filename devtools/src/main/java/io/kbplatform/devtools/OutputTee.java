package io.kbplatform.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Copies a child's output to a log file and to the console, on a daemon thread. */
final class OutputTee {

  private OutputTee() {}

  static Thread start(String name, InputStream in, Path file, PrintStream console) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream source = in;
                  OutputStream log =
                      Files.newOutputStream(
                          file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (int n; (n = source.read(buffer)) >= 0; ) {
                  log.write(buffer, 0, n);
                  log.flush();
                  console.write(buffer, 0, n);
                  console.flush();
                }
              } catch (IOException e) {
                // the process is gone or the file cannot be written: nothing more to copy
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
