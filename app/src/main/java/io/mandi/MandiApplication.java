package io.mandi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Assembles every module into the one Mandi application. */
@SpringBootApplication
@EnableScheduling
public class MandiApplication {

  public static void main(String[] args) {
    SpringApplication.run(MandiApplication.class, args);
  }
}
