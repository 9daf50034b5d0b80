import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 17, part B: records, members and cases files — nothing lost, nothing guessed.
@Suite struct RecordInputTests {
    /// Every record of a file, as (line, id, errors).
    static func readAll(_ path: String, members: String? = nil, schema: Schema = lieshan().schema) throws -> [(line: Int, id: String?, errors: [String])] {
        let source = try RecordFiles.open(path: path, members: members, schema: schema)
        var record = schema.emptyRecord()
        var out: [(Int, String?, [String])] = []
        while let read = source.next(into: &record) { out.append((read.line, record.string(schema.idField), read.errors)) }
        return out
    }

    static let csvHeader = "id,town,village,income.net_per_capita"

    @Test("17.7 one stray quote costs one record, not the rest of the CSV; the lines involved are named")
    func strayQuoteInCSV() throws {
        var rows = [Self.csvHeader]
        for i in 1...20_000 { rows.append("H\(i),古饶镇,赵集村,\(8000 + i % 100)") }
        rows[2] = "H2,\"古饶镇,赵集村,8000"          // row 2 (line 3) opens a quote it never closes
        let read = try Self.readAll(temporaryFile("stray.csv", rows.joined(separator: "\n") + "\n"))
        #expect(read.count == 20_000)
        let bad = read.filter { !$0.errors.isEmpty }
        #expect(bad.count == 1)
        #expect(bad.first?.line == 3)
        #expect(bad.first?.errors.first?.contains("line 3") == true && bad.first?.errors.first?.contains("line 4") == true, "\(bad.first?.errors ?? [])")
        #expect(read.last?.id == "H20000")
        #expect(read[2].id == "H3")

        // A quote closed uncleanly on the next line (`x"y`): that record is the error, the next line is read.
        let unclean = try Self.readAll(temporaryFile("unclean.csv", [Self.csvHeader, "A,\"open,v,1", "B,x\"y,v,2", "C,t,v,3"].joined(separator: "\n") + "\n"))
        #expect(unclean.map(\.id) == [nil, "B", "C"])
        #expect(unclean[0].errors.first?.contains("line 2") == true)

        // A legitimate multi-line cell is still one record.
        let multi = try Self.readAll(temporaryFile("multi.csv", [Self.csvHeader, "M1,\"古饶镇", "第二行\",v,1", "M2,t,v,2"].joined(separator: "\n") + "\n"))
        #expect(multi.map(\.id) == ["M1", "M2"])
        #expect(multi.allSatisfy { $0.errors.isEmpty }, "\(multi)")

        // Open to the end of the file: the error names the lines it spans.
        let end = try Self.readAll(temporaryFile("end.csv", [Self.csvHeader, "E1,t,v,1", "E2,\"open", "more text"].joined(separator: "\n") + "\n"))
        #expect(end.count == 2)
        #expect(end[1].errors.first?.contains("lines 3–4") == true, "\(end[1].errors)")
    }

    @Test("17.9 --records or --members naming a folder is a clear error")
    func folderAsRecords() throws {
        let dir = RulesRoot.folder(of: temporaryFile("x.csv", Self.csvHeader + "\n"))
        for path in [dir, dir + "/"] {
            #expect { _ = try RecordFiles.open(path: path, members: nil, schema: lieshan().schema) } throws: { e in
                (e as? ReadError)?.message == MessageCatalogue.format(.fileIsFolder, [path, MessageCatalogue.format(.aRecordsFile, [])])
            }
        }
        let folderJSON = dir + "/in.json"
        try FileManager.default.createDirectory(atPath: folderJSON, withIntermediateDirectories: true)
        #expect { _ = try RecordFiles.open(path: folderJSON, members: nil, schema: lieshan().schema) } throws: { e in
            (e as? ReadError)?.message.contains("is a folder") == true
        }
        #expect { _ = try RecordFiles.open(path: dir + "/x.csv", members: dir, schema: lieshan().schema) } throws: { e in
            (e as? ReadError)?.message == MessageCatalogue.format(.fileIsFolder, [dir, MessageCatalogue.format(.aMembersFile, [])])
        }
        #expect { _ = try TimelineCases.read(path: dir) } throws: { e in (e as? ReadError)?.message.contains("is a folder") == true }
        // And `run` exits 1 with it.
        var job = RunJob(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), records: dir, asOf: CivilDate(iso: "2022-06-30")!)
        var err = ""
        job.standardError = { err += $0 }
        job.standardOutput = CapturedOutput().sink
        #expect(job.run() == 1)
        #expect(err.contains("is a folder") && !err.contains("0 households"), "\(err)")
    }

    @Test("17.10 a duplicate CSV column is an error for the file naming both; a duplicate JSON key is the record's error")
    func duplicateColumnsAndKeys() throws {
        let path = temporaryFile("dup.csv", "id,income.net_per_capita,town,income.net_per_capita\nH1,100,t,200\n")
        #expect { _ = try RecordFiles.open(path: path, members: nil, schema: lieshan().schema) } throws: { e in
            let m = (e as? ReadError)?.message ?? ""
            return m.contains("columns 2") && m.contains("and 4") && m.contains("income.net_per_capita")
        }
        let json = temporaryFile("dup.jsonl", """
        {"id":"J1","income":{"net_per_capita":100,"net_per_capita":200}}
        {"id":"J2","id":"J3"}
        {"id":"J4","members":[{"age":30,"age":31}]}
        {"id":"J5","income":{"net_per_capita":100}}
        """ + "\n")
        let read = try Self.readAll(json)
        #expect(read.count == 4)
        #expect(read[0].errors.contains("\(json):1: " + MessageCatalogue.format(.recordDuplicateKey, ["income.net_per_capita"])), "\(read[0].errors)")
        #expect(read[1].errors.contains("\(json):2: " + MessageCatalogue.format(.recordDuplicateKey, ["id"])), "\(read[1].errors)")
        #expect(read[2].errors.contains { $0.contains("member 1") && $0.contains("'age'") }, "\(read[2].errors)")
        #expect(read[3].errors.isEmpty)
    }

    @Test("17.12 a line that could not be parsed does not claim its id: a good record with that id is no duplicate")
    func malformedLineClaimsNoID() throws {
        let r = lieshan()
        let good = OutputTests.lines(["X-1"])
        let text = "{\"id\":\"X-1\", broken\n" + good
        let path = temporaryFile("claims.jsonl", text)
        // Read a record at a time (the checking source `RecordFiles.open` returns) …
        let read = try Self.readAll(path)
        #expect(read.count == 2)
        #expect(read[1].errors.isEmpty, "\(read[1].errors)")
        // … and a chunk at a time, on the run loop's deciding thread.
        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema)
        var outcomes: [Outcome] = []
        ParallelRunner(ruleset: r).run(source, writer: OutcomeWriter(ruleset: r, format: .jsonl), observe: { o, _, _ in outcomes.append(o) }, write: { _ in })
        #expect(outcomes.count == 2)
        #expect(outcomes[1].errors.isEmpty, "\(outcomes[1].errors)")
        #expect(outcomes[1].decision != nil)
        // Two good records with one id are still duplicates.
        let twice = try Self.readAll(temporaryFile("twice.jsonl", good + good))
        #expect(twice[1].errors.contains { $0.contains("already appeared") })
    }

    @Test("17.11 a case's unknown event or key is its error, with the name meant; no silent first timeline")
    func timelineCaseNames() throws {
        let r = lieshan()
        let path = temporaryFile("cases.jsonl", """
        {"id":"c1","procedure":"monitoring_identification","events":{"applied":"2022-05-06","househld_check":"2022-05-07"}}
        {"id":"c2","timeline":"assistance_plan","events":{"included":"2022-05-06"}}
        {"id":"c3","events":{"applied":"2022-05-06"}}
        {"id":"c4","procedure":"monitoring_identification","events":{"applied":"2022-05-06","household_check":"2022-05-07"}}
        """ + "\n")
        let evaluator = TimelineEvaluator(calendar: r.ruleset.calendar, asOf: CivilDate(iso: "2022-06-30")!)
        var results: [TimelineResult] = []
        for item in try TimelineCases.read(path: path) {
            switch item.result {
            case .failure(let e): results.append(TimelineResult(caseID: "#\(item.line)", procedure: "", steps: [], error: e.message))
            case .success(let c): results.append(evaluator.evaluate(c, in: r.ruleset))
            }
        }
        #expect(results[0].error?.contains("'househld_check'") == true && results[0].error?.contains("did you mean 'household_check'") == true, "\(results[0].error ?? "")")
        #expect(results[1].error?.contains("unknown key 'timeline'") == true && results[1].error?.contains("did you mean 'procedure'") == true, "\(results[1].error ?? "")")
        #expect(results[2].error?.contains("procedure") == true, "\(results[2].error ?? "")")
        #expect(results[3].error == nil)
        #expect(results[3].steps.first { $0.step == "household_check" }?.status == .onTime)
    }

    @Test("17.21 the benchmark's generator records: 'members' as a scalar field where the schema has no member list")
    func benchMembersField() throws {
        let loaded = Engine.load(rules: Repo.path("Rules/bench/reference.yaml"), asOf: CivilDate(iso: "2024-06-30")!, sources: SourceStore())
        let r = try #require(loaded.compiled, "\(loaded.diagnostics)")
        // gen.py's JSONL: real JSON booleans, ints and floats; `category` is the input category.
        let line = #"{"id":"H00000001","county":"C11","town":"C11T17","village":"C11T17V02","category":"monitored","members":3,"labor_members":3,"per_capita_income":10069.7,"medical_out_of_pocket":6121.11,"education_students_college":0,"disability_severe":0,"house_safety":"B","water_safe":true,"agricultural_loss":921.11,"has_car":false,"has_urban_house":false,"is_public_servant":false,"registered_company":false,"dibao":false,"income_drop_ratio":0.0}"#
        let json = try Self.readAll(temporaryFile("gen.jsonl", line + "\n"), schema: r.schema)
        #expect(json.first?.errors.isEmpty == true, "\(json.first?.errors ?? [])")
        let csv = try Self.readAll(temporaryFile("gen.csv", """
        id,county,town,village,category,members,labor_members,per_capita_income,medical_out_of_pocket,education_students_college,disability_severe,house_safety,water_safe,agricultural_loss,has_car,has_urban_house,is_public_servant,registered_company,dibao,income_drop_ratio
        H00000001,C11,C11T17,C11T17V02,monitored,3,3,10069.70,6121.11,0,0,B,1,921.11,0,0,0,0,0,0.000
        """ + "\n"), schema: r.schema)
        #expect(csv.first?.errors.isEmpty == true, "\(csv.first?.errors ?? [])")
        // Both decide the same way.
        func decide(_ text: String, _ name: String) throws -> String {
            let source = try RecordFiles.open(path: temporaryFile(name, text), members: nil, schema: r.schema)
            var out: [UInt8] = []
            ParallelRunner(ruleset: r).run(source, writer: OutcomeWriter(ruleset: r, format: .csv), write: { out += $0 })
            return String(decoding: out, as: UTF8.self)
        }
        #expect(try decide(line + "\n", "a.jsonl") == decide("""
        id,county,town,village,category,members,labor_members,per_capita_income,medical_out_of_pocket,education_students_college,disability_severe,house_safety,water_safe,agricultural_loss,has_car,has_urban_house,is_public_servant,registered_company,dibao,income_drop_ratio
        H00000001,C11,C11T17,C11T17V02,monitored,3,3,10069.70,6121.11,0,0,B,1,921.11,0,0,0,0,0,0.000
        """ + "\n", "b.csv"))
        // A schema with a member list may not also name a field 'members'.
        let schemaPath = temporaryRules("s.yaml", """
        watchline: 1
        schema:
          id: s
          fields:
            id: { type: string }
            members: { type: int }
          members:
            fields:
              age: { type: int }
        """, folder: "schema")
        let (schema, diags) = SchemaLoader.load(path: schemaPath, sources: SourceStore())
        #expect(schema == nil)
        #expect(diags.contains { $0.id == .schemaMembersReserved })
    }
}
