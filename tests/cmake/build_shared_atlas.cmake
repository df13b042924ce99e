# Builds one of the atlases the end-to-end tests share (a CTest fixture, see tests/CMakeLists.txt):
# the atlas is built once per test run into OUT/out, and what `bordermap build` printed and returned
# is kept beside it (build.stdout, build.stderr, build.exit) for the tests to read. It is built with
# -j 4.
#   cmake -D BORDERMAP=<binary> -D ATLAS=<folder> -D OUT=<folder> [-D DPI=<n>] [-D VERBOSE=1] -P build_shared_atlas.cmake
# With DPI, a copy of the atlas is built at that resolution (small golden images); with VERBOSE,
# the build says what it writes and which labels it leaves out (build -v).
foreach(required BORDERMAP ATLAS OUT)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "build_shared_atlas.cmake needs -D ${required}=...")
  endif()
endforeach()

file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
set(atlas "${ATLAS}")
if(DEFINED DPI)
  set(atlas "${OUT}/atlas")
  file(COPY "${ATLAS}/" DESTINATION "${atlas}" PATTERN "out" EXCLUDE)
  file(READ "${atlas}/atlas.toml" toml)
  string(REGEX REPLACE "\ndpi = [0-9]+" "\ndpi = ${DPI}" changed "${toml}")
  if(changed STREQUAL toml)
    message(FATAL_ERROR "${ATLAS}/atlas.toml has no 'dpi = N' line to change to ${DPI}")
  endif()
  file(WRITE "${atlas}/atlas.toml" "${changed}")
endif()

# Four maps at once, whatever the machine: ParallelBuild compares these builds with serial ones.
set(verbose "")
if(VERBOSE)
  set(verbose "-v")
endif()
execute_process(COMMAND "${BORDERMAP}" build "${atlas}" -o "${OUT}/out" -j 4 ${verbose}
                RESULT_VARIABLE exit_code OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
file(WRITE "${OUT}/build.stdout" "${stdout}")
file(WRITE "${OUT}/build.stderr" "${stderr}")
file(WRITE "${OUT}/build.exit" "${exit_code}")
if(NOT exit_code EQUAL 0)
  message(FATAL_ERROR "bordermap build ${atlas} failed (${exit_code}):\n${stderr}")
endif()
