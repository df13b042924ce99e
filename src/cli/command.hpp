#pragma once
// A subcommand: setup() declares its options (no I/O, so parsing is testable); run() works.
#include "command_line.hpp"

#include <memory>
#include <vector>

namespace bordermap::cli {

class Command {
public:
    virtual ~Command() = default;
    virtual Options setup(CommandLine& line) = 0;
    virtual int run() = 0;
};

std::vector<std::unique_ptr<Command>> make_commands();

std::unique_ptr<Command> make_build_command();
std::unique_ptr<Command> make_watch_command();
std::unique_ptr<Command> make_render_command();
std::unique_ptr<Command> make_check_command();
std::unique_ptr<Command> make_geodata_command();
std::unique_ptr<Command> make_export_command();

}  // namespace bordermap::cli
