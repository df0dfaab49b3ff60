# Configures tests/layering with one case and checks the outcome:
#   cmake -DCT_CASE=<case> -DWORK=<dir> [-DGENERATOR=<name>] [-DEXPECT=<text the failure must print>]
#         -P check.cmake
# Without EXPECT the configure must succeed; with it, it must fail and print EXPECT.
file(REMOVE_RECURSE "${WORK}")
set(generator "")
if(GENERATOR)
  set(generator -G "${GENERATOR}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" -S "${CMAKE_CURRENT_LIST_DIR}" -B "${WORK}" ${generator} -DCT_CASE=${CT_CASE}
  RESULT_VARIABLE result
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
set(log "${out}${err}")
if(NOT DEFINED EXPECT)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "case ${CT_CASE}: the configure should succeed but failed:\n${log}")
  endif()
else()
  if(result EQUAL 0)
    message(FATAL_ERROR "case ${CT_CASE}: the configure should fail but succeeded:\n${log}")
  endif()
  string(FIND "${log}" "${EXPECT}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "case ${CT_CASE}: the configure failed without saying\n  ${EXPECT}\n${log}")
  endif()
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "case ${CT_CASE}: as expected")
