package uk.ectinduction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.ectinduction.system.CommandLineTools;

@SpringBootApplication
public class EctInductionApplication {

    public static void main(String[] args) {
        if (CommandLineTools.isCommand(args)) {
            System.exit(CommandLineTools.run(EctInductionApplication.class, args, System.in, System.out, System.err));
        }
        SpringApplication.run(EctInductionApplication.class, args);
    }
}
