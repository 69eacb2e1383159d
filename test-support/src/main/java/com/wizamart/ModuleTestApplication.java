package com.wizamart;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The Spring Boot configuration a bounded context's own tests start from. It sits at the root package, as the
 * deployable's {@code WizamartApplication} does, so that Spring Modulith's {@code @ApplicationModuleTest} finds it
 * from any module's test package and bootstraps only the module under test (and, if the test asks, its
 * dependencies). It is never on the deployable's classpath: only the context modules depend on this artifact, in
 * test scope.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Wizamart", sharedModules = "sharedkernel")
public class ModuleTestApplication {
}
