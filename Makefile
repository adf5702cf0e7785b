# Gridwork: `make run` to use it, `make test` to check everything. Needs JDK 17, Node 20, curl, unzip; no Docker.
# The orchestration lives in backend/dev/stack.sh (services) and backend/dev/keycloak.sh (Keycloak from Maven).
SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help run test lint format bench openapi client clean-run

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo
	@echo "  make run: app http://localhost:5173, API docs http://localhost:8080/q/swagger-ui,"
	@echo "  Keycloak http://localhost:8180 (demo logins admin, community, gridworker, volunteer, liaison, viewer;"
	@echo "  password gridwork). GRIDWORK_DB_URL / GRIDWORK_OIDC_URL use an existing MySQL / Keycloak instead."

run: ## start MariaDB, Keycloak, backend and frontend with demo data (Ctrl-C stops; data kept in .run/)
	@backend/dev/stack.sh run

test: ## every test: lint (contract, Java, frontend), backend (mvnw verify, with the generated Java client), frontend typecheck + unit + client check, end-to-end (Playwright Test in Chromium: desktop and phone, axe; only this stage: backend/dev/stack.sh e2e)
	@backend/dev/stack.sh test

lint: ## check the contract (Spectral), Java formatting (Spotless) and the frontend (ESLint, Prettier): zero findings
	@backend/dev/stack.sh lint

format: ## format Java (palantir-java-format, import order) and the frontend (Prettier, ESLint --fix) in place
	@backend/dev/stack.sh format

bench: ## district-scale benchmark (1M residents; first run generates them) -> .run/bench/results.md
	@backend/dev/bench.sh

openapi: ## write openapi.yaml from the code
	cd backend && ./mvnw -B test -Dtest=OpenApiContractTest -Dopenapi.write=true

client: ## regenerate the frontend API client from openapi.yaml
	cd frontend && npm run gen:client

clean-run: ## delete the local data of make run / make test (database, Keycloak, logs); keeps the Keycloak download
	rm -rf .run/mariadb .run/keycloak-data .run/e2e .run/logs .run/tmp
