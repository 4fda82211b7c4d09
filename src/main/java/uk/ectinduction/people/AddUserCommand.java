package uk.ectinduction.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.ectinduction.people.internal.AccountException;
import uk.ectinduction.system.ConsoleCommand;

/**
 * {@code add-user EMAIL --name "NAME" --role ROLE[,ROLE...]}, password on standard input:
 * how the first admin of a new installation gets in.
 */
@Component
class AddUserCommand implements ConsoleCommand {

    private final UserAccounts accounts;

    AddUserCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "add-user";
    }

    @Override
    public String usage() {
        return "add-user EMAIL --name \"NAME\" --role ROLE[,ROLE...] (password on standard input)";
    }

    @Override
    public void run(List<String> args, BufferedReader stdin, PrintStream out) {
        String email = null;
        String name = null;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--name" -> name = valueOf(arg, rest);
                case "--role", "--roles" -> roles.addAll(parseRoles(valueOf(arg, rest)));
                default -> {
                    if (arg.startsWith("--name=")) {
                        name = arg.substring("--name=".length());
                    } else if (arg.startsWith("--role=")) {
                        roles.addAll(parseRoles(arg.substring("--role=".length())));
                    } else if (arg.startsWith("-") || email != null) {
                        throw new CommandFailure("unexpected argument '" + arg + "'; usage: " + usage());
                    } else {
                        email = arg;
                    }
                }
            }
        }
        if (email == null) {
            throw new CommandFailure("an email address is needed; usage: " + usage());
        }
        if (name == null) {
            throw new CommandFailure("--name is needed; usage: " + usage());
        }
        if (roles.isEmpty()) {
            throw new CommandFailure("--role is needed; usage: " + usage());
        }
        String password = readPassword(stdin);
        try {
            Person person = accounts.createUser(email, name, roles, password);
            out.println("added " + person.email() + " ("
                    + person.roles().stream().map(Role::name).collect(Collectors.joining(",")) + ")");
        } catch (AccountException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private static String valueOf(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new CommandFailure(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static Set<Role> parseRoles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : list.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            roles.add(Role.parse(part)
                    .orElseThrow(() -> new CommandFailure("unknown role '" + part.trim() + "'; roles are "
                            + Stream.of(Role.values()).map(Role::name).collect(Collectors.joining(", ")))));
        }
        return roles;
    }

    private static String readPassword(BufferedReader stdin) {
        try {
            String line = stdin.readLine();
            if (line == null) {
                throw new CommandFailure("no password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new CommandFailure("could not read the password from standard input: " + e.getMessage());
        }
    }
}
