package com.wizamart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The one Wizamart deployable: every bounded context wired into a single Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Wizamart", sharedModules = "sharedkernel")
public class WizamartApplication {

    public static void main(String[] args) {
        SpringApplication.run(WizamartApplication.class, args);
    }
}
