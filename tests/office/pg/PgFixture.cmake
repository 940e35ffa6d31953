# The office repository against a real PostgreSQL server (docs/testing.md, "PostgreSQL"): one private server
# per CTest run, started by the fixture test pg_server_start and stopped (even after failed tests) by
# pg_server_stop. Tests that need it declare FIXTURES_REQUIRED nianbao_pg and read the server's address and
# password from NIANBAO_PG_ENV_FILE.
set(NIANBAO_PG_SERVER_DIR "${CMAKE_CURRENT_BINARY_DIR}/office/pg/server")
set(NIANBAO_PG_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/pg-server.sh")
add_test(NAME pg_server_start COMMAND bash ${NIANBAO_PG_SCRIPT} start ${NIANBAO_PG_SERVER_DIR})
add_test(NAME pg_server_stop COMMAND bash ${NIANBAO_PG_SCRIPT} stop ${NIANBAO_PG_SERVER_DIR})
math(EXPR NIANBAO_PG_SERVER_TIMEOUT "120 * ${NIANBAO_TEST_TIMEOUT_SCALE}")
set_tests_properties(pg_server_start PROPERTIES FIXTURES_SETUP nianbao_pg LABELS "office;pg"
    TIMEOUT ${NIANBAO_PG_SERVER_TIMEOUT})
set_tests_properties(pg_server_stop PROPERTIES FIXTURES_CLEANUP nianbao_pg LABELS "office;pg"
    TIMEOUT ${NIANBAO_PG_SERVER_TIMEOUT})
set(NIANBAO_PG_ENV_FILE "${NIANBAO_PG_SERVER_DIR}/pg.env")
