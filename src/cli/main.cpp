// bordermap's only exception handler: every error ends here as a message and an exit code
// (0 ok, 1 data error, 2 usage error).
#include <iostream>
#include <new>
#include <system_error>

#include "bordermap/config.hpp"
#include "bordermap/core/error.hpp"
#include "command.hpp"
#include "messages.hpp"

int main(int argc, char** argv) {
    using namespace bordermap::cli;
    CommandLine line("bordermap turns archival figures about a border into publication maps and GIS layers.", "bordermap",
                     std::string("bordermap ") + bordermap::config::version);
    bool developer_debug = false;
    line.program()
        .flag("--developer-debug", developer_debug, "Let exceptions through to a debugger instead of printing them")
        .footer("Run 'bordermap COMMAND --help' for a command's options.");

    auto commands = make_commands();
    std::vector<std::pair<Options, Command*>> subcommands;
    for (auto& command : commands) subcommands.emplace_back(command->setup(line), command.get());
    if (const auto status = line.parse(argc, argv)) return *status;

    auto run = [&]() -> int {
        for (auto& [options, command] : subcommands)
            if (options.parsed()) return command->run();
        return 2;
    };
    if (developer_debug) return run();
    try {
        return run();
    } catch (const bordermap::DataError& e) {
        std::cerr << bordermap::cli::data_error_message(e) << "\n";
        return 1;
    } catch (const bordermap::UsageError& e) {
        std::cerr << "bordermap: usage error: " << e.what() << "\n  Run 'bordermap --help'.\n";
        return 2;
    } catch (const std::bad_alloc&) {
        std::cerr << "bordermap: error: out of memory\n"
                     "  Close other programs, build fewer maps at once (-j 1), or make the pages or their resolution smaller.\n";
        return 1;
    } catch (const std::system_error& e) {
        // The operating system refused something (a thread, a file watch, a signal mask): not bad data, not a bug.
        std::cerr << "bordermap: error: the system refused: " << e.what()
                  << "\n  Check the system's limits (ulimit -a; for watch: fs.inotify.max_user_watches) and try again.\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "bordermap: error: " << e.what()
                  << "\n  This looks like a bug in bordermap; please report it with the command you ran.\n";
        return 1;
    }
}
