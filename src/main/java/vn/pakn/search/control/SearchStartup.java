package vn.pakn.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Starts this node's search index once the schema is migrated, and closes it at shutdown. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class SearchStartup {

  @Inject AnswerSearch search;

  @PostConstruct
  void start() {
    search.start();
  }

  @PreDestroy
  void stop() {
    search.stop();
  }
}
