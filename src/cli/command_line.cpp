#include "command_line.hpp"

#include <CLI/CLI.hpp>

namespace bordermap::cli {
namespace {

// CLI11 finds an option by any one of its names ("-q" of "-q,--quiet").
CLI::Option* named(CLI::App* app, const std::string& flags) {
    const auto comma = flags.find(',');
    return app->get_option(comma == std::string::npos ? flags : flags.substr(0, comma));
}

}  // namespace

Options& Options::positional(const std::string& name, std::string& into, const std::string& help) {
    app_->add_option(name, into, help);
    return *this;
}

Options& Options::text(const std::string& flags, std::string& into, const std::string& help) {
    app_->add_option(flags, into, help);
    return *this;
}

Options& Options::required(const std::string& flags, std::string& into, const std::string& help) {
    app_->add_option(flags, into, help)->required();
    return *this;
}

Options& Options::text_with_default(const std::string& flags, std::string& into, const std::string& help) {
    app_->add_option(flags, into, help)->capture_default_str();
    return *this;
}

Options& Options::choice(const std::string& flags, std::string& into, const std::string& help, const std::vector<std::string>& words) {
    app_->add_option(flags, into, help)->check(CLI::IsMember(words))->capture_default_str();
    return *this;
}

Options& Options::repeated(const std::string& flags, std::vector<std::string>& into, const std::string& help) {
    app_->add_option(flags, into, help);
    return *this;
}

Options& Options::word_list(const std::string& flags, std::vector<std::string>& into, const std::string& help,
                            const std::vector<std::string>& words) {
    app_->add_option(flags, into, help)->delimiter(',')->check(CLI::IsMember(words));
    return *this;
}

Options& Options::number(const std::string& flags, double& into, const std::string& help, double min, double max) {
    app_->add_option(flags, into, help)->check(CLI::Range(min, max));
    return *this;
}

Options& Options::number(const std::string& flags, int& into, const std::string& help, int min, int max) {
    app_->add_option(flags, into, help)->check(CLI::Range(min, max));
    return *this;
}

Options& Options::number(const std::string& flags, unsigned& into, const std::string& help, unsigned min, unsigned max) {
    app_->add_option(flags, into, help)->check(CLI::Range(min, max));
    return *this;
}

Options& Options::numbers(const std::string& flags, std::vector<double>& into, const std::string& help, std::size_t count) {
    CLI::Option* option = app_->add_option(flags, into, help)->delimiter(',');
    if (count > 0) option->expected(static_cast<int>(count));
    return *this;
}

Options& Options::flag(const std::string& flags, bool& into, const std::string& help) {
    app_->add_flag(flags, into, help);
    return *this;
}

Options& Options::exclusive(const std::string& first, const std::string& second) {
    named(app_, second)->excludes(named(app_, first));
    return *this;
}

Options& Options::footer(const std::string& text) {
    app_->footer(text);
    return *this;
}

bool Options::parsed() const { return app_->parsed(); }

CommandLine::CommandLine(const std::string& description, const std::string& name, const std::string& version)
    : app_(std::make_unique<CLI::App>(description, name)), program_(app_.get()) {
    app_->set_version_flag("--version", version);
    app_->require_subcommand(1);
}

CommandLine::~CommandLine() = default;

Options CommandLine::subcommand(const std::string& name, const std::string& description) {
    return Options(app_->add_subcommand(name, description));
}

std::optional<int> CommandLine::parse(int argc, char** argv) {
    try {
        app_->parse(argc, argv);
        return std::nullopt;
    } catch (const CLI::Success& e) {
        return app_->exit(e);  // --help, --version
    } catch (const CLI::ParseError& e) {
        app_->exit(e);
        return 2;
    }
}

}  // namespace bordermap::cli
