package vn.pakn.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Starts this node's search index once the schema is migrated, resumes answer imports that a stop
 * interrupted, and closes the index at shutdown.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class SearchStartup {

  @Inject AnswerSearch search;
  @Inject AnswerImports imports;

  @PostConstruct
  void start() {
    search.start();
    imports.resumeUnfinished();
  }

  @PreDestroy
  void stop() {
    search.stop();
  }
}
