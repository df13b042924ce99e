#include "command.hpp"

namespace bordermap::cli {

std::vector<std::unique_ptr<Command>> make_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(make_build_command());
    commands.push_back(make_watch_command());
    commands.push_back(make_render_command());
    commands.push_back(make_check_command());
    commands.push_back(make_export_command());
    commands.push_back(make_geodata_command());
    return commands;
}

}  // namespace bordermap::cli
